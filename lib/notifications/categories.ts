/**
 * What a person chooses about: kinds grouped the way people think of them. Pure data, shared by the
 * writer, the mailer and the preferences form.
 */
export const CATEGORIES = ['complaints', 'mentions', 'replies', 'reactions', 'groups', 'announcements', 'staff', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The category a stored row names, or null when it names none (the outbox also holds digests). */
export function asCategory(name: string): Category | null {
  return CATEGORIES.find((c) => c === name) ?? null;
}

export const CHANNELS = ['immediate', 'digest', 'in_app', 'off'] as const;
export type Channel = (typeof CHANNELS)[number];

// Kinds not listed here (moderation decisions about a member's content or account) fall into `other`,
// so a new kind is delivered before anyone classifies it.
const KIND_CATEGORY: Record<string, Category> = {
  mention: 'mentions',
  quote: 'mentions',
  reply: 'replies',
  reaction: 'reactions',
  group_join_request: 'groups',
  group_join_approved: 'groups',
  group_invitation: 'groups',
  announcement: 'announcements',
  complaint_reply: 'complaints',
  complaint_status: 'complaints',
  complaint_progress: 'complaints',
  complaint_solution: 'complaints',
  complaint_rating_request: 'complaints',
  complaint_incident_update: 'complaints',
  complaint_new: 'staff',
  complaint_assigned: 'staff',
  complaint_sla_warning: 'staff',
  complaint_sla_breached: 'staff',
  review_item: 'staff',
  at_risk_high: 'staff',
  follow_up_assigned: 'staff',
  follow_up_breached: 'staff',
  privacy_request_overdue: 'staff',
};

export function categoryOf(kind: string): Category {
  return KIND_CATEGORY[kind] ?? 'other';
}

/**
 * Respectful defaults: what someone is waiting for (their complaint, a decision about them, being named)
 * comes by e-mail; chatter (replies, reactions, announcements anyone can read at home) stays in the bell.
 */
export const DEFAULT_CHANNEL: Record<Category, Channel> = {
  complaints: 'immediate',
  mentions: 'immediate',
  replies: 'in_app',
  reactions: 'in_app',
  groups: 'immediate',
  announcements: 'in_app',
  staff: 'immediate',
  other: 'immediate',
};

/** Only staff are told about the inbox; the category is not offered to members. */
export function categoriesFor(isStaff: boolean): readonly Category[] {
  return isStaff ? CATEGORIES : CATEGORIES.filter((c) => c !== 'staff');
}

/**
 * What a moderator did to one's own account (a sanction, its lifting) is not a choice: it reaches the
 * bell and an e-mail at once whatever the preferences, even while the account is kept out, since the
 * member must learn why (and until when) from somewhere they can still read.
 */
export const ACCOUNT_CATEGORY = 'account';
const ACCOUNT_KINDS = new Set(['sanction', 'sanction_lifted']);

export function isAccountNotice(kind: string): boolean {
  return ACCOUNT_KINDS.has(kind);
}

// A digest e-mail is about several categories; its unsubscribe link speaks for all that chose the digest.
export const DIGEST_CATEGORY = 'digest';
