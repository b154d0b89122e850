/** A member's photo, or their initials on the brand colour when they have none. Decorative next to their name. */
export function Avatar({ url, initials, size = 40, className = '' }: { url: string | null; initials: string; size?: number; className?: string }) {
  const box = { width: size, height: size };
  if (url) {
    // eslint-disable-next-line @next/next/no-img-element -- members-only files from our own route, already square
    return <img src={url} alt="" width={size} height={size} style={box} className={`shrink-0 rounded-full border border-zinc-200 object-cover ${className}`} />;
  }
  return (
    <span aria-hidden="true" style={{ ...box, fontSize: Math.round(size * 0.4) }} className={`inline-flex shrink-0 items-center justify-center rounded-full bg-brand font-semibold text-brand-fg select-none ${className}`}>
      {initials}
    </span>
  );
}
