import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { complaintBranches, complaints } from './complaints';
import { users } from './users';

export const riskLevelEnum = pgEnum('risk_level', ['none', 'watch', 'high']);
export const followUpChannelEnum = pgEnum('follow_up_channel', ['call', 'email', 'in_person', 'private_message']);
export const followUpOutcomeEnum = pgEnum('follow_up_outcome', ['stayed', 'left', 'no_contact', 'not_needed']);
export const followUpEventKindEnum = pgEnum('follow_up_event_kind', ['opened', 'logged', 'closed', 'breached']);

/** One reason behind a member's level, as data the page words (lib/at-risk/signals). */
export interface StoredReason {
  signal: string;
  level: 'watch' | 'high';
  at: string;
  complaintId?: string;
  complaintNumber?: number;
}

/**
 * A member's current risk, recomputed from the complaint record (lib/at-risk/refresh.ts) and never
 * typed by anyone. The branches, categories and staff behind the reasons are kept for the filters.
 * Deleted with the account (the privacy issue's erasure).
 */
export const memberRisk = pgTable(
  'member_risk',
  {
    userId: uuid('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
    level: riskLevelEnum('level').notNull(),
    reasons: jsonb('reasons').$type<StoredReason[]>().notNull(),
    // When the member last went from "none" to at risk: where "signal to first contact" starts.
    since: timestamp('since', { withTimezone: true }),
    // The oldest complaint behind the reasons still waiting for the company: the list's third order.
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    branchIds: uuid('branch_ids').array().notNull().default(sql`'{}'::uuid[]`),
    categoryIds: uuid('category_ids').array().notNull().default(sql`'{}'::uuid[]`),
    staffIds: uuid('staff_ids').array().notNull().default(sql`'{}'::uuid[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('member_risk_level_idx').on(t.level).where(sql`${t.level} <> 'none'`)],
);

/** Every change of a member's level, append-only: "members at risk over time" is counted from it. */
export const memberRiskChanges = pgTable(
  'member_risk_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    fromLevel: riskLevelEnum('from_level').notNull(),
    toLevel: riskLevelEnum('to_level').notNull(),
    reasons: jsonb('reasons').$type<StoredReason[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('member_risk_changes_user_idx').on(t.userId, t.createdAt), index('member_risk_changes_created_idx').on(t.createdAt)],
);

/**
 * Win-back: staff reach out to a member at risk and record the outcome. Its own clock (`dueAt`),
 * escalated by the follow-up sweep like a complaint's. One open follow-up per member.
 */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    assigneeId: uuid('assignee_id').notNull().references(() => users.id),
    openedBy: uuid('opened_by').notNull().references(() => users.id),
    channel: followUpChannelEnum('channel').notNull(),
    // The complaint whose private case carries a "private message" follow-up, and the branch it is counted under.
    complaintId: uuid('complaint_id').references(() => complaints.id, { onDelete: 'set null' }),
    branchId: uuid('branch_id').references(() => complaintBranches.id),
    // The member's risk when it was opened: the start of "signal to first contact" and "would stay before".
    signalAt: timestamp('signal_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    outcome: followUpOutcomeEnum('outcome'),
    idempotencyKey: text('idempotency_key').notNull(),
  },
  (t) => [
    uniqueIndex('follow_ups_one_open').on(t.memberId).where(sql`${t.closedAt} is null`),
    uniqueIndex('follow_ups_idempotency_key').on(t.openedBy, t.idempotencyKey),
    index('follow_ups_member_idx').on(t.memberId, t.openedAt),
    index('follow_ups_due_idx').on(t.dueAt).where(sql`${t.closedAt} is null and ${t.breachedAt} is null`),
    index('follow_ups_closed_idx').on(t.closedAt).where(sql`${t.closedAt} is not null`),
  ],
);

/** What happened on a follow-up, in order: the log staff keep and the source of its figures. */
export const followUpEvents = pgTable(
  'follow_up_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    followUpId: uuid('follow_up_id').notNull().references(() => followUps.id, { onDelete: 'cascade' }),
    kind: followUpEventKindEnum('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    channel: followUpChannelEnum('channel'),
    note: text('note'),
    outcome: followUpOutcomeEnum('outcome'),
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('follow_up_events_follow_up_idx').on(t.followUpId, t.id), uniqueIndex('follow_up_events_idempotency_key').on(t.actorId, t.idempotencyKey)],
);
