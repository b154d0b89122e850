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
  // The privacy officer: extracts one erased person's blocked data for an authority (lib/privacy/extract.ts).
  'extract:blocked_data': ['manager', 'active'],
  // Bringing in the company's whole member list is the managers' (issue 15): staff invite one by one.
  'import:roster': ['manager', 'write'],
  'view:roster_imports': ['manager', 'active'],
  'view:integrations': ['manager', 'active'],
  'manage:integrations': ['manager', 'write'],
  'manage:webhooks': ['manager', 'write'],
} as const satisfies Record<string, readonly [Role, 'write' | 'active']>;

type RolePermission = keyof typeof MIN_ROLE;

const byRole = Object.fromEntries(
  Object.entries(MIN_ROLE).map(([permission, [role, standing]]): [string, Rule<void>] => [permission, { standing, check: (a: Actor) => refuseUnless(hasRole(a, role)) }]),
) as Record<RolePermission, Rule<void>>;

/** Whose announcement it is. */
export interface AnnouncementTarget {
  authorId: string;
}

export const communityRules = {
  ...byRole,
  // Nobody changes their own role, so a community can never lose its last manager (standing: 'impose:sanction').
  'set_role:user': { check: (a, user) => refuseUnless(a.role === 'manager' && user.id !== a.id) } as Rule<UserTarget>,
  // Staff bring in members; only managers bring in staff or managers.
  'invite:role': { check: (a: Actor, role: Role) => refuseUnless(hasRole(a, 'staff') && (role === 'member' || a.role === 'manager')) } as Rule<Role>,
  // Staff answer for what they publish: each one edits, unpins and deletes their own announcements;
  // managers, who answer for the whole channel, may act on anyone's.
  'change:announcement': { check: (a: Actor, ann: AnnouncementTarget) => refuseUnless(hasRole(a, 'staff') && (a.id === ann.authorId || a.role === 'manager')) } as Rule<AnnouncementTarget>,
  /** Start a group. The target is the manager's setting (community_settings.members_create_groups): members may when it is on. */
  'create:group': { check: (a: Actor, membersMay: boolean) => refuseUnless(hasRole(a, 'staff') || membersMay) } as Rule<boolean>,
} satisfies RuleTable;
