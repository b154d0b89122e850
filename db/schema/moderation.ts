import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, real, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { groups } from './community-groups';
import { users } from './users';

// What can be reported and moderated. A complaint comment is a public complaint_events row (its id as text).
export const moderationTargetEnum = pgEnum('moderation_target', ['post', 'thread', 'complaint_comment', 'profile']);
export const reportReasonEnum = pgEnum('report_reason', ['personal_data', 'abuse', 'spam', 'off_topic', 'other']);
// The fixed list a moderator hides with (shown on the public tombstone); `held` is content waiting for review.
export const hideReasonEnum = pgEnum('hide_reason', ['personal_data', 'abuse', 'spam', 'off_topic', 'duplicate', 'held']);
// Why something entered the queue without a report.
export const holdSourceEnum = pgEnum('hold_source', ['watched_word', 'first_post', 'personal_data']);
// `sanction` closes a reported profile: the measure itself is in `sanctions`.
export const moderationActionEnum = pgEnum('moderation_action', ['hide', 'restore', 'redact', 'lock', 'unlock', 'move', 'delete', 'dismiss', 'approve', 'sanction']);
export const reportStatusEnum = pgEnum('report_status', ['open', 'upheld', 'dismissed']);
// `acknowledged`: the appeal was right but nothing can be undone (a redacted fragment is kept nowhere).
export const appealStatusEnum = pgEnum('appeal_status', ['pending', 'upheld', 'rejected', 'acknowledged']);
export const sanctionKindEnum = pgEnum('sanction_kind', ['warning', 'silence', 'suspension', 'ban']);
export const watchedWordActionEnum = pgEnum('watched_word_action', ['block', 'hold', 'replace']);

/** One open entry per reported or held item: the review queue. Closed entries stay as history. */
export const reviewItems = pgTable(
  'review_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetType: moderationTargetEnum('target_type').notNull(),
    targetId: text('target_id').notNull(),
    // For the queue's group filter; null for complaint comments and profiles.
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
    authorId: uuid('author_id').notNull().references(() => users.id),
    // Reports weighed by their reporters' history, plus a fixed weight for an automatic hold.
    weight: real('weight').notNull().default(0),
    reportCount: integer('report_count').notNull().default(0),
    holdSource: holdSourceEnum('hold_source'),
    // What the rule found (a watched word, the kinds of personal data), never the personal data itself.
    holdDetail: text('hold_detail'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id),
    outcome: moderationActionEnum('outcome'),
  },
  (t) => [
    uniqueIndex('review_items_open_target_key').on(t.targetType, t.targetId).where(sql`${t.closedAt} is null`),
    index('review_items_queue_idx').on(t.weight.desc(), t.createdAt).where(sql`${t.closedAt} is null`),
    index('review_items_author_idx').on(t.authorId),
  ],
);

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewItemId: uuid('review_item_id').notNull().references(() => reviewItems.id),
    reporterId: uuid('reporter_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    targetType: moderationTargetEnum('target_type').notNull(),
    targetId: text('target_id').notNull(),
    reason: reportReasonEnum('reason').notNull(),
    note: text('note'),
    status: reportStatusEnum('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // A double submit, or a second report of the same thing while the first is open, is one row.
    uniqueIndex('reports_open_key').on(t.reporterId, t.targetType, t.targetId).where(sql`${t.status} = 'open'`),
    index('reports_item_idx').on(t.reviewItemId),
    index('reports_reporter_idx').on(t.reporterId, t.status),
  ],
);

/** Every moderator decision on content, in order: the author's notice, the appeal and the transparency figures. */
export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetType: moderationTargetEnum('target_type').notNull(),
    targetId: text('target_id').notNull(),
    action: moderationActionEnum('action').notNull(),
    reason: hideReasonEnum('reason'),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id),
    // Whose content it was: the only person who may appeal.
    authorId: uuid('author_id').references(() => users.id),
    reviewItemId: uuid('review_item_id').references(() => reviewItems.id),
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('moderation_actions_target_idx').on(t.targetType, t.targetId, t.createdAt),
    index('moderation_actions_author_idx').on(t.authorId, t.createdAt.desc()),
    index('moderation_actions_created_idx').on(t.action, t.createdAt),
  ],
);

export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Against a decision on content, or against a sanction: exactly one of the two.
    actionId: uuid('action_id').references(() => moderationActions.id),
    sanctionId: uuid('sanction_id').references(() => sanctions.id, { onDelete: 'cascade' }),
    appellantId: uuid('appellant_id').notNull().references(() => users.id),
    body: text('body').notNull(),
    status: appealStatusEnum('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Once per decision, whoever asks twice.
  (t) => [
    uniqueIndex('appeals_action_key').on(t.actionId),
    uniqueIndex('appeals_sanction_key').on(t.sanctionId),
    index('appeals_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`),
    check('appeals_one_subject', sql`(${t.actionId} is null) <> (${t.sanctionId} is null)`),
  ],
);

export const sanctions = pgTable(
  'sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: sanctionKindEnum('kind').notNull(),
    reason: text('reason').notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    issuedBy: uuid('issued_by').notNull().references(() => users.id),
    // False for a manager's administrative measure (Management → Members): no appeal, and a suspension
    // or ban keeps the sign-in closed instead of opening the page that takes the appeal.
    appealable: boolean('appealable').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Lifted early by a manager or by an upheld appeal; the row stays as the record.
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedBy: uuid('lifted_by').references(() => users.id),
    liftNote: text('lift_note'),
  },
  (t) => [index('sanctions_user_idx').on(t.userId, t.createdAt.desc())],
);

export const watchedWords = pgTable(
  'watched_words',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Lower-cased; matched as a whole word, accents and case ignored.
    term: text('term').notNull(),
    action: watchedWordActionEnum('action').notNull(),
    replacement: text('replacement'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('watched_words_term_key').on(t.term)],
);

// The single row (id = 1): how many of a new account's first posts wait for review (0 = none).
export const moderationSettings = pgTable(
  'moderation_settings',
  {
    id: smallint('id').primaryKey().default(1),
    firstPostsHeld: smallint('first_posts_held').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [check('moderation_settings_single_row', sql`${t.id} = 1`), check('moderation_settings_first_posts', sql`${t.firstPostsHeld} between 0 and 20`)],
);
