'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import type { NavItem } from './nav-items';

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * Top bar on wide screens, a thumb-reachable bar at the bottom on phones. A client component only to
 * mark the current page; the icons are rendered by the server, so their code stays out of the browser.
 */
export function NavLinks({ items, labels, icons, variant }: { items: NavItem[]; labels: Record<string, string>; icons?: Record<string, ReactNode>; variant: 'top' | 'bottom' }) {
  const pathname = usePathname();
  if (variant === 'bottom') {
    return (
      <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-[11px] font-medium ${current ? 'text-brand-ink' : 'text-zinc-700'}`}
              >
                {icons?.[item.key]}
                <span className="truncate">{labels[item.key]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ul className="flex items-center gap-1">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-brand-fg ${current ? 'bg-black/20 underline decoration-2 underline-offset-4' : 'hover:bg-black/10'}`}
            >
              {labels[item.key]}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
