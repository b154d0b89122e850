import type { Role } from '@/lib/policy';

export interface NavItem {
  href: string;
  key: 'home' | 'groups' | 'search' | 'board' | 'staff' | 'admin';
  minRole: Role;
}

// Notifications are not listed: the bell in the header leads there on every screen, with its count.
export const NAV_ITEMS: NavItem[] = [
  { href: '/', key: 'home', minRole: 'member' },
  { href: '/groups', key: 'groups', minRole: 'member' },
  { href: '/search', key: 'search', minRole: 'member' },
  { href: '/board', key: 'board', minRole: 'member' },
  { href: '/staff', key: 'staff', minRole: 'staff' },
  { href: '/admin', key: 'admin', minRole: 'manager' },
];
