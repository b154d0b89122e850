/**
 * The one place that decides who may do what. Pages use it to hide what a person cannot do;
 * every domain verb calls it again, so hiding is never the only guard.
 * Permissions read `action:entity`, with `:own` / `:any` where ownership matters.
 */
export const ROLES = ['member', 'staff', 'manager'] as const;
export type Role = (typeof ROLES)[number];
export type AccountStatus = 'active' | 'silenced' | 'suspended' | 'banned';

export interface Actor {
  id: string;
  role: Role;
  status: AccountStatus;
  statusUntil: Date | null;
  statusReason: string | null;
}

export interface UserTarget {
  id: string;
  role: Role;
}

const RANK: Record<Role, number> = { member: 0, staff: 1, manager: 2 };

/** Lowest role that holds each permission; what is not listed needs a rule below. */
const MIN_ROLE = {
  'view:community': 'member',
  'update:own_profile': 'member',
  'view:staff_area': 'staff',
  'create:invitation': 'staff',
  'revoke:invitation': 'staff',
  'list:invitations': 'staff',
  'decide:join_request': 'staff',
  'list:members': 'staff',
  'publish:announcement': 'staff',
  'file:complaint': 'member',
  'view:complaint_inbox': 'staff',
  'manage:incidents': 'staff',
  'view:admin_area': 'manager',
  'update:brand': 'manager',
  'view:mail_outbox': 'manager',
  'manage:complaint_settings': 'manager',
  'view:own_figures': 'staff',
  'view:dashboard': 'manager',
  'report:content': 'member',
  'view:review_queue': 'staff',
  'manage:watched_words': 'manager',
  'view:audit_log': 'manager',
} as const satisfies Record<string, Role>;

// A silenced (read-only) account keeps what only reads, and may still report what harms it.
const ALLOWED_WHILE_SILENCED: ReadonlySet<string> = new Set([
  'view:community',
  'update:own_profile',
  'view:staff_area',
  'list:invitations',
  'list:members',
  'view:complaint_inbox',
  'view:admin_area',
  'view:mail_outbox',
  'report:content',
  'view:review_queue',
  'view:audit_log',
  'view:own_figures',
  'view:dashboard',
]);

type SimplePermission = keyof typeof MIN_ROLE;
type TargetPermission = 'set_role:user' | 'set_status:user' | 'invite:role';

/** May use the community at all (read): a silenced member reads; suspended and banned ones do not. */
export function isActive(actor: Pick<Actor, 'status' | 'statusUntil'>, now = new Date()): boolean {
  if (actor.status === 'active' || actor.status === 'silenced') return true;
  // A suspension ends by itself at its end date; a ban does not.
  return actor.status === 'suspended' && actor.statusUntil !== null && actor.statusUntil <= now;
}

/** Read-only for a period: reads everything, posts, reacts and comments nothing until the end date. */
export function isSilenced(actor: Pick<Actor, 'status' | 'statusUntil'>, now = new Date()): boolean {
  return actor.status === 'silenced' && (actor.statusUntil === null || actor.statusUntil > now);
}

/** May write: post, reply, react, comment, file. */
export function canWrite(actor: Pick<Actor, 'status' | 'statusUntil'>, now = new Date()): boolean {
  return isActive(actor, now) && !isSilenced(actor, now);
}

export function hasRole(actor: Pick<Actor, 'role'>, role: Role): boolean {
  return RANK[actor.role] >= RANK[role];
}

export function can(actor: Actor | null, permission: SimplePermission): boolean;
export function can(actor: Actor | null, permission: 'set_role:user' | 'set_status:user', target: UserTarget): boolean;
export function can(actor: Actor | null, permission: 'invite:role', target: Role): boolean;
export function can(actor: Actor | null, permission: SimplePermission | TargetPermission, target?: UserTarget | Role): boolean {
  if (!actor || !isActive(actor)) return false;
  if (isSilenced(actor) && !ALLOWED_WHILE_SILENCED.has(permission)) return false;
  switch (permission) {
    case 'set_role:user':
    case 'set_status:user': {
      const user = target as UserTarget;
      // Nobody changes their own standing, so a community can never lock out its last manager.
      return actor.role === 'manager' && user.id !== actor.id;
    }
    case 'invite:role':
      // Staff bring in members; only managers bring in staff or managers.
      return hasRole(actor, 'staff') && (target === 'member' || actor.role === 'manager');
    default:
      return hasRole(actor, MIN_ROLE[permission]);
  }
}

export type { SimplePermission as Permission };
