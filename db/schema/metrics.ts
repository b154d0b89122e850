import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { complaints } from './complaints';

/**
 * Each spike the crisis radar told managers about (lib/complaints/metrics/radar.ts), so that a spike
 * is announced once however many sweeps see it, and the dashboard can say when it was.
 */
export const crisisAlerts = pgTable(
  'crisis_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // A category or a branch: both lists are the manager's, so the id is kept without a foreign key.
    scope: text('scope').notNull(),
    scopeId: uuid('scope_id').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
    observed: integer('observed').notNull(),
    expected: doublePrecision('expected').notNull(),
    pValue: doublePrecision('p_value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('crisis_alerts_scope', sql`${t.scope} in ('category', 'branch')`), index('crisis_alerts_scope_idx').on(t.scope, t.scopeId, t.createdAt)],
);

/**
 * What the dashboard's figures need of each complaint, counted from its events and survey answer
 * (docs/decisions/0008): one narrow row per complaint instead of its ten events. Written only by the
 * database (migration 0013): triggers on complaints, complaint_events and complaint_ratings recount
 * a complaint's row with complaint_facts_at(ids, 'infinity') whenever any of them changes, whoever
 * writes. The same function counts the facts at an earlier instant, for a period ending before
 * `last_at`. The columns are in the order complaint_facts_at returns them.
 */
export const complaintFacts = pgTable(
  'complaint_facts',
  {
    complaintId: uuid('complaint_id').primaryKey().references(() => complaints.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    categoryId: uuid('category_id').notNull(),
    branchId: uuid('branch_id').notNull(),
    /** The first official statement (public, from staff), signed or not. */
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    /** The first signed one and its signer (the smaller id on a tie), and everyone who signed one. */
    firstSignedAt: timestamp('first_signed_at', { withTimezone: true }),
    firstSignedBy: uuid('first_signed_by'),
    signedBy: uuid('signed_by').array().notNull(),
    /** The last move to `resolved`, and how many there were. */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolutions: integer('resolutions').notNull(),
    /** `solution_rejected` and `reopened` events. */
    reopens: integer('reopens').notNull(),
    /** A first-response or resolution breach was recorded. */
    slaBreached: boolean('sla_breached').notNull(),
    /** The latest status (by instant, then id) is resolved or closed: SLA compliance judges it. */
    ended: boolean('ended').notNull(),
    /** The backlog's rule: the latest move to a non-ending status is later than the latest ending. */
    open: boolean('open').notNull(),
    /** A resolution breach, or a breach no official statement has followed. */
    breachedNow: boolean('breached_now').notNull(),
    /** The latest of `created.data.priority` and `priority_changed.data.to`, as written. */
    priority: text('priority'),
    solved: boolean('solved'),
    rating: smallint('rating'),
    wouldStay: boolean('would_stay'),
    /** The latest instant any of the above was read from: the row holds for any period ending at or after it. */
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('complaint_facts_created_idx').on(t.createdAt),
    index('complaint_facts_last_idx').on(t.lastAt),
    index('complaint_facts_open_idx').on(t.createdAt, t.breachedNow, t.lastAt).where(sql`${t.open}`),
  ],
);
