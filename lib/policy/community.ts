import { type Actor, hasRole, type Role } from './standing';
import { refuseUnless, type Rule, type RuleTable } from './rule';

export interface UserTarget {
  id: string;
  role: Role;
}

/** Lowest role that holds each permission, and whether a silenced (read-only) account keeps it. */
const MIN_ROLE = {
  'view:community': ['member', 'active'],
  'update:own_profile': ['member', 'active'],
  'view:staff_area': ['staff', 'active'],
  'create:invitation': ['staff', 'write'],
  'revoke:invitation': ['staff', 'write'],
  'list:invitations': ['staff', 'active'],
  'decide:join_request': ['staff', 'write'],
  'list:members': ['staff', 'active'],
  'publish:announcement': ['staff', 'write'],
  'file:complaint': ['member', 'write'],
  'view:complaint_inbox': ['staff', 'active'],
  'manage:incidents': ['staff', 'write'],
  'view:admin_area': ['manager', 'active'],
  'update:brand': ['manager', 'write'],
  'view:mail_outbox': ['manager', 'active'],
  'manage:complaint_settings': ['manager', 'write'],
  'view:own_figures': ['staff', 'active'],
  'view:dashboard': ['manager', 'active'],
  'view:review_queue': ['staff', 'active'],
  'manage:watched_words': ['manager', 'write'],
  'view:audit_log': ['manager', 'active'],
} as const satisfies Record<string, readonly [Role, 'write' | 'active']>;

type RolePermission = keyof typeof MIN_ROLE;

const byRole = Object.fromEntries(
  Object.entries(MIN_ROLE).map(([permission, [role, standing]]): [string, Rule<void>] => [permission, { standing, check: (a: Actor) => refuseUnless(hasRole(a, role)) }]),
) as Record<RolePermission, Rule<void>>;

export const communityRules = {
  ...byRole,
  // Nobody changes their own role, so a community can never lose its last manager (standing: 'impose:sanction').
  'set_role:user': { check: (a, user) => refuseUnless(a.role === 'manager' && user.id !== a.id) } as Rule<UserTarget>,
  // Staff bring in members; only managers bring in staff or managers.
  'invite:role': { check: (a: Actor, role: Role) => refuseUnless(hasRole(a, 'staff') && (role === 'member' || a.role === 'manager')) } as Rule<Role>,
} satisfies RuleTable;
