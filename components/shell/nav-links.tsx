'use client';

import { Home, LayoutDashboard, MessageSquareWarning, Search, Shield, Users } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { NavItem } from './nav-items';

const ICONS = { home: Home, groups: Users, search: Search, board: MessageSquareWarning, staff: Shield, admin: LayoutDashboard };

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** Top bar on wide screens, a thumb-reachable bar at the bottom on phones. */
export function NavLinks({ items, labels, variant }: { items: NavItem[]; labels: Record<string, string>; variant: 'top' | 'bottom' }) {
  const pathname = usePathname();
  if (variant === 'bottom') {
    return (
      <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((item) => {
          const Icon = ICONS[item.key];
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-[11px] font-medium ${current ? 'text-brand-ink' : 'text-zinc-700'}`}
              >
                <Icon aria-hidden="true" size={20} />
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
