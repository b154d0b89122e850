import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, jsonb, pgEnum, pgSequence, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { localeEnum } from './enums';
import { users } from './users';

export const dataExportStatusEnum = pgEnum('data_export_status', ['queued', 'building', 'ready', 'failed']);
export const erasureModeEnum = pgEnum('erasure_mode', ['anonymise', 'delete_content']);

/**
 * A member's "my data" ZIP (GDPR art. 15 and 20): asked for on /settings/privacy, built by the job
 * (lib/privacy/export-job.ts), downloadable by its owner until `expiresAt`. At most one per person and
 * community day: the unique key is what a double submit and a second try the same day meet.
 */
export const dataExports = pgTable(
  'data_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    requestedDay: date('requested_day', { mode: 'string' }).notNull(),
    status: dataExportStatusEnum('status').notNull().default('queued'),
    // 0–100, what the page shows while the job works.
    progress: smallint('progress').notNull().default(0),
    locale: localeEnum('locale').notNull(),
    // Under the data folder's `exports/`, never under the public uploads; cleared when the file is removed.
    fileKey: text('file_key'),
    bytes: integer('bytes'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readyAt: timestamp('ready_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('data_exports_one_a_day').on(t.userId, t.requestedDay),
    index('data_exports_user_idx').on(t.userId, t.createdAt.desc()),
    index('data_exports_due_idx').on(t.createdAt).where(sql`${t.status} in ('queued', 'building')`),
  ],
);

/**
 * "Erase my account": asked for by the member, run by the job once `runAfter` (the 14-day grace) has
 * passed, unless cancelled first. One open request per person.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mode: erasureModeEnum('mode').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    // "Socio anónimo N": given when the erasure runs.
    anonymousNumber: integer('anonymous_number'),
  },
  (t) => [
    uniqueIndex('erasure_requests_one_open').on(t.userId).where(sql`${t.cancelledAt} is null and ${t.completedAt} is null`),
    index('erasure_requests_due_idx').on(t.runAfter).where(sql`${t.cancelledAt} is null and ${t.completedAt} is null`),
  ],
);

export const anonymousMemberNumber = pgSequence('anonymous_member_number', { startWith: 1 });

/**
 * The blocked store (LOPDGDD art. 32): what an erasure removed, kept out of every use. Nothing in the
 * product reads it except the privacy officer's extraction (lib/privacy/extract.ts) and the purge job
 * that destroys it after the limitation period. `subjectId` has no foreign key on purpose: it is the
 * erased person's id, kept so an authority's request for one person can be answered.
 */
export const blockedRecords = pgTable(
  'blocked_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subjectId: uuid('subject_id').notNull(),
    kind: text('kind').notNull(),
    sourceId: text('source_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    blockedAt: timestamp('blocked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('blocked_records_subject_idx').on(t.subjectId, t.id), index('blocked_records_blocked_idx').on(t.blockedAt)],
);

/** The single row (id = 1): the limitation period after which blocked data is destroyed (default 3 years). */
export const privacySettings = pgTable(
  'privacy_settings',
  {
    id: smallint('id').primaryKey().default(1),
    blockedRetentionDays: integer('blocked_retention_days').notNull().default(1095),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [check('privacy_settings_single_row', sql`${t.id} = 1`), check('privacy_settings_retention', sql`${t.blockedRetentionDays} between 30 and 7300`)],
);
