import type { Brand } from '@/lib/brand/queries';

export function BrandMark({ brand, size = 40 }: { brand: Brand; size?: number }) {
  if (brand.logoUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- uploads are already re-encoded and sized
    return <img src={brand.logoUrl} alt="" width={size} height={size} className="rounded bg-white object-contain" />;
  }
  const initials = brand.name
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return (
    <span aria-hidden="true" style={{ width: size, height: size }} className="inline-flex items-center justify-center rounded bg-accent font-bold text-accent-fg">
      {initials || 'T'}
    </span>
  );
}
