import { type Actor, hasRole, type Role } from './standing';
import { refuseUnless, type Rule, type RuleTable } from './rule';

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

/** The checks every moderator meets on an item: their role, what applies, and who they may judge. */
function moderatorRefusal(a: Actor, action: ContentAction | 'decide_appeal', facts: TargetFacts | undefined): string | null {
  if (!isStaff(a)) return 'moderation.errors.staffOnly';
  if (action === 'delete' && a.role !== 'manager') return 'moderation.errors.managerOnly';
  if (!facts) return null;
  if (action !== 'review' && action !== 'decide_appeal' && !APPLIES[action].includes(facts.targetType)) {
    return action === 'delete' && facts.targetType === 'complaint_comment' ? 'moderation.errors.complaintsStay' : 'moderation.errors.notApplicable';
  }
  if (facts.authorId === a.id) return 'moderation.errors.ownContent';
  // Whoever answered a complaint for the company does not judge what is said about it.
  if (facts.answeredBy.includes(a.id)) return 'moderation.errors.conflictOfInterest';
  // Staff do not moderate each other: that is for managers.
  if (facts.authorRole !== 'member' && a.role !== 'manager') return 'moderation.errors.managerForStaff';
  if (action === 'decide_appeal' && facts.decidedBy === a.id) return 'moderation.errors.sameModerator';
  return null;
}

type Item = Rule<TargetFacts | undefined>;
const onContent = (action: ContentAction): Item => ({ check: (a, facts) => moderatorRefusal(a, action, facts) });

export interface SanctionTarget {
  kind: SanctionKind;
  user: { id: string; role: Role };
  /** False for a manager's administrative measure (Management → Members): no appeal, and the sign-in stays closed. */
  appealable?: boolean;
}

export interface SanctionFacts {
  userId: string;
  issuedBy: string;
}

/** Lifting a sanction, or deciding an appeal against one, is for managers, never on themselves. */
const reviewSanction = (sameModeratorMatters: boolean): Rule<SanctionFacts> => ({
  check: (a, s) => {
    if (!isStaff(a)) return 'moderation.errors.staffOnly';
    if (a.role !== 'manager') return 'moderation.errors.managerOnly';
    if (s.userId === a.id) return 'moderation.errors.self';
    // An appeal goes to a manager other than the one who imposed the sanction.
    if (sameModeratorMatters && s.issuedBy === a.id) return 'moderation.errors.sameModerator';
    return null;
  },
});

/** Civility without censorship: who reports, who judges, and who may sanction whom. */
export const moderationRules = {
  // A silenced account may still report what harms it.
  'report:content': { standing: 'active', check: (a, facts) => refuseUnless(facts?.authorId !== a.id, 'moderation.errors.ownContent') } as Item,
  'hide:content': onContent('hide'),
  'restore:content': onContent('restore'),
  'redact:content': onContent('redact'),
  'lock:content': onContent('lock'),
  'move:content': onContent('move'),
  'delete:content': onContent('delete'),
  'review:content': onContent('review'),
  'appeal:decision': { standing: 'active', check: (a, facts) => refuseUnless(facts !== undefined && facts.authorId === a.id, 'moderation.errors.notYours') } as Item,
  'decide:appeal': { check: (a, facts) => moderatorRefusal(a, 'decide_appeal', facts) } as Item,
  /**
   * Warnings and silences are for staff to give members; suspensions and bans, anything on staff, and
   * a measure without appeal, for managers.
   */
  'impose:sanction': {
    check: (a, t) => {
      if (!isStaff(a)) return 'moderation.errors.staffOnly';
      if (t.user.id === a.id) return 'moderation.errors.self';
      if (a.role !== 'manager' && (t.kind === 'suspension' || t.kind === 'ban' || t.user.role !== 'member' || t.appealable === false)) return 'moderation.errors.managerOnly';
      return null;
    },
  } as Rule<SanctionTarget>,
  /** The sanctioned person appeals their own sanction, whatever their standing: a ban's appeal comes from /account-status. */
  'appeal:sanction': { standing: 'any', check: (a, s) => refuseUnless(s.userId === a.id, 'moderation.errors.notYours') } as Rule<Pick<SanctionFacts, 'userId'>>,
  'lift:sanction': reviewSanction(false),
  'decide:sanction_appeal': reviewSanction(true),
} satisfies RuleTable;
