import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
