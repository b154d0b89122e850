import Link from 'next/link';
import type { ReactNode } from 'react';

/** The way back up, above a page's heading: a labelled navigation landmark with one link. */
export function BackLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <nav aria-label={label} className="text-sm">
      <Link href={href} className="text-brand-ink underline">
        {children}
      </Link>
    </nav>
  );
}
