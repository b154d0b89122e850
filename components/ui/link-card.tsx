import type { LucideIcon } from 'lucide-react';
import Link from 'next/link';
import { buttonClass } from './button';
import { Card } from './card';

/** A card that leads somewhere: a title, a sentence on what is there, and the way in. */
export function LinkCard({ title, intro, href, label, Icon, primary = false }: { title: string; intro: string; href: string; label: string; Icon: LucideIcon; primary?: boolean }) {
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h2 className="text-lg font-semibold">{title}</h2>
        <p className="mt-1 max-w-prose text-sm text-zinc-700">{intro}</p>
      </div>
      <Link href={href} className={buttonClass(primary ? 'primary' : 'secondary', 'shrink-0')}>
        <Icon aria-hidden="true" size={16} />
        {label}
      </Link>
    </Card>
  );
}
