import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass } from './button';
import { Card } from './card';

/** A card that leads to one place: what it is, a line on why, and the button that goes there. */
export function LinkCard({ title, intro, href, label, icon }: { title: string; intro: string; href: string; label: string; icon: ReactNode }) {
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h2 className="text-lg font-semibold">{title}</h2>
        <p className="mt-1 max-w-prose text-sm text-zinc-700">{intro}</p>
      </div>
      <Link href={href} className={buttonClass('primary', 'shrink-0')}>
        {icon}
        {label}
      </Link>
    </Card>
  );
}
