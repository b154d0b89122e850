import { type Actor, canWrite, hasRole, isActive, type Role } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';

/**
 * Who may moderate what. Pure, so the review queue offers only the buttons the verbs will honour, and
 * the policy matrix test covers every action for every kind of person.
 */

export const TARGET_TYPES = ['post', 'thread', 'complaint_comment', 'profile'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const REPORT_REASONS = ['personal_data', 'abuse', 'spam', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
/** The fixed list a moderator hides with; each one is what the public tombstone says. */
export const HIDE_REASONS = ['personal_data', 'abuse', 'spam', 'off_topic', 'duplicate'] as const;
export type HideReason = (typeof HIDE_REASONS)[number] | 'held';
export const SANCTION_KINDS = ['warning', 'silence', 'suspension', 'ban'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export type ContentAction = 'hide' | 'restore' | 'redact' | 'lock' | 'move' | 'delete' | 'review';
export type ModerationAction = 'report' | ContentAction | 'appeal' | 'decide_appeal';

/** What a decision about one item needs to know. */
export interface TargetFacts {
  targetType: TargetType;
  authorId: string;
  authorRole: Role;
  /** Staff who gave an official reply on the complaint the item belongs to (complaint comments only). */
  answeredBy: readonly string[];
  /** For appeals: who took the decision appealed against. */
  decidedBy?: string | null;
}

// Which actions make sense on which kind of item (a profile is reported, then dealt with by sanctions).
const APPLIES: Record<Exclude<ContentAction, 'review'>, readonly TargetType[]> = {
  hide: ['post', 'thread', 'complaint_comment'],
  restore: ['post', 'thread', 'complaint_comment'],
  redact: ['post', 'complaint_comment'],
  lock: ['thread'],
  move: ['thread'],
  // Complaints and everything on their timeline are a record of how the company answered: never deleted.
  delete: ['post', 'thread'],
};

const isStaff = (a: Actor) => hasRole(a, 'staff');

/** Why the actor may not take the action, as an i18n key; null when they may. */
export function moderationRefusal(actor: Actor | null, action: ModerationAction, facts?: TargetFacts): string | null {
  if (!actor || !isActive(actor)) return 'errors.forbidden';
  const own = facts !== undefined && facts.authorId === actor.id;
  if (action === 'report') return own ? 'moderation.errors.ownContent' : null;
  if (action === 'appeal') return own ? null : 'moderation.errors.notYours';
  if (!isStaff(actor)) return 'moderation.errors.staffOnly';
  if (!canWrite(actor)) return 'moderation.errors.readOnly';
  if (action === 'delete' && actor.role !== 'manager') return 'moderation.errors.managerOnly';
  if (!facts) return null;
  if (action !== 'review' && action !== 'decide_appeal' && !APPLIES[action].includes(facts.targetType)) {
    return action === 'delete' && facts.targetType === 'complaint_comment' ? 'moderation.errors.complaintsStay' : 'moderation.errors.notApplicable';
  }
  if (own) return 'moderation.errors.ownContent';
  // Whoever answered a complaint for the company does not judge what is said about it.
  if (facts.answeredBy.includes(actor.id)) return 'moderation.errors.conflictOfInterest';
  // Staff do not moderate each other: that is for managers.
  if (facts.authorRole !== 'member' && actor.role !== 'manager') return 'moderation.errors.managerForStaff';
  if (action === 'decide_appeal' && facts.decidedBy === actor.id) return 'moderation.errors.sameModerator';
  return null;
}

export function canModerate(actor: Actor | null, action: ModerationAction, facts?: TargetFacts): boolean {
  return moderationRefusal(actor, action, facts) === null;
}

/** The check every moderation verb makes before it changes anything: refused with the reason. */
export function assertModeration(actor: Actor, action: ModerationAction, facts?: TargetFacts): void {
  const refusal = moderationRefusal(actor, action, facts);
  if (refusal) throw new Forbidden(refusal);
}

/** Warnings and silences are for staff to give members; suspensions and bans, and anything on staff, for managers. */
export function sanctionRefusal(actor: Actor | null, kind: SanctionKind, target: { id: string; role: Role }): string | null {
  if (!actor || !isActive(actor)) return 'errors.forbidden';
  if (!isStaff(actor)) return 'moderation.errors.staffOnly';
  if (!canWrite(actor)) return 'moderation.errors.readOnly';
  if (target.id === actor.id) return 'moderation.errors.self';
  if (actor.role !== 'manager' && (kind === 'suspension' || kind === 'ban' || target.role !== 'member')) return 'moderation.errors.managerOnly';
  return null;
}

export function assertSanction(actor: Actor, kind: SanctionKind, target: { id: string; role: Role }): void {
  const refusal = sanctionRefusal(actor, kind, target);
  if (refusal) throw new Forbidden(refusal);
}

/** The sanctioned person appeals their own sanction, whatever their standing: a ban's appeal comes from /account-status. */
export function sanctionAppealRefusal(actor: Actor | null, sanction: { userId: string }): string | null {
  if (!actor) return 'errors.forbidden';
  return sanction.userId === actor.id ? null : 'moderation.errors.notYours';
}

/**
 * Lifting a sanction, or deciding an appeal against one, is for managers, never on themselves; an appeal
 * goes to a manager other than the one who imposed the sanction.
 */
export function sanctionReviewRefusal(actor: Actor | null, action: 'lift' | 'decide_appeal', sanction: { userId: string; issuedBy: string }): string | null {
  if (!actor || !isActive(actor)) return 'errors.forbidden';
  if (!isStaff(actor)) return 'moderation.errors.staffOnly';
  if (!canWrite(actor)) return 'moderation.errors.readOnly';
  if (actor.role !== 'manager') return 'moderation.errors.managerOnly';
  if (sanction.userId === actor.id) return 'moderation.errors.self';
  if (action === 'decide_appeal' && sanction.issuedBy === actor.id) return 'moderation.errors.sameModerator';
  return null;
}
