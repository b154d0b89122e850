import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

// A signed-in device: the session token carries its id, and the per-request account check reads it in
// the same statement as the account (lib/auth/session-user.ts). Deleting the row signs that device out.
// Only what the owner needs to recognise it is kept: browser and system names, and the first language of
// the browser (an approximate place); never the address it came from nor the raw user agent.
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    browser: text('browser'),
    os: text('os'),
    language: text('language'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Written at most every few minutes, never once per request.
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.lastSeenAt.desc())],
);

// One second factor per account. The secret is sealed with a key derived from NEXTAUTH_SECRET; while
// `enabledAt` is null the enrolment is pending (the code has not been confirmed yet).
export const twoFactor = pgTable('two_factor', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  sealedSecret: text('sealed_secret').notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  // The 30-second step of the last code accepted: a code of that step or an earlier one is refused.
  lastStep: integer('last_step').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// Ten per enrolment, each usable once; only a hash is stored (the codes are random, 50 bits each).
export const recoveryCodes = pgTable(
  'two_factor_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('two_factor_recovery_codes_key').on(t.userId, t.codeHash)],
);

// The manager's rule for staff and managers (one row, id = 1, inserted by the migration): they must
// enrol within `graceDays` of the later of their account's creation and `requiredFrom`.
export const twoFactorSettings = pgTable(
  'two_factor_settings',
  {
    id: smallint('id').primaryKey().default(1),
    graceDays: smallint('grace_days').notNull().default(7),
    requiredFrom: timestamp('required_from', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [check('two_factor_settings_single_row', sql`${t.id} = 1`), check('two_factor_settings_grace', sql`${t.graceDays} between 0 and 90`)],
);
