import { Forbidden } from '@/lib/errors';

/**
 * Who the actor is and where their account stands. Every rule in lib/policy starts here: a suspended
 * or banned account does nothing, a silenced one only reads.
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
  /** Under 14 with no guardian's consent on record (lib/privacy/minors.ts): may read, may not post. */
  guardianConsentMissing?: boolean;
  /** Set when the actor acts through an integration token (the REST API): the audit says "integration <name> on behalf of" them. */
  integration?: { id: string; name: string };
}

export type Standing = Pick<Actor, 'status' | 'statusUntil'>;

const RANK: Record<Role, number> = { member: 0, staff: 1, manager: 2 };

/** May use the community at all (read): a silenced member reads; suspended and banned ones do not. */
export function isActive(actor: Standing, now = new Date()): boolean {
  if (actor.status === 'active' || actor.status === 'silenced') return true;
  // A suspension ends by itself at its end date; a ban does not.
  return actor.status === 'suspended' && actor.statusUntil !== null && actor.statusUntil <= now;
}

/** Read-only for a period: reads everything, posts, reacts and comments nothing until the end date. */
export function isSilenced(actor: Standing, now = new Date()): boolean {
  return actor.status === 'silenced' && (actor.statusUntil === null || actor.statusUntil > now);
}

/** May write: post, reply, react, comment, file. */
export function canWrite(actor: Standing, now = new Date()): boolean {
  return isActive(actor, now) && !isSilenced(actor, now);
}

export function hasRole(actor: Pick<Actor, 'role'>, role: Role): boolean {
  return RANK[actor.role] >= RANK[role];
}

export function outranks(a: Role, b: Role): boolean {
  return RANK[a] > RANK[b];
}

/** Why a sanctioned account is refused, as an i18n key, and the end date if the sanction has one. */
export function standingRefusal(actor: Standing): { reason: string; until: string | null } {
  const until = actor.statusUntil?.toISOString() ?? null;
  if (isActive(actor)) return { reason: until ? 'moderation.errors.silencedUntil' : 'moderation.errors.silenced', until };
  if (actor.status === 'suspended' && until) return { reason: 'moderation.errors.suspendedUntil', until };
  return { reason: 'moderation.errors.banned', until: null };
}

export type StandingNeeded = 'write' | 'active' | 'any';

/**
 * The verb frame's first check: a sanctioned member is told why and until when, before any other rule
 * can give a less helpful reason. `active` verbs are kept by a silenced account (reading, reporting,
 * appealing, preferences); `any` ones even by a banned one (its own appeal, signing out).
 */
export function assertStanding(actor: Standing, needed: StandingNeeded): void {
  if (needed === 'any') return;
  if (needed === 'write' ? canWrite(actor) : isActive(actor)) return;
  const { reason, until } = standingRefusal(actor);
  throw new Forbidden(reason, until ? { until: new Date(until).getTime() } : undefined);
}
