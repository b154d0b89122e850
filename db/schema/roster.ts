import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { localeEnum, roleEnum } from './enums';
import { invitations } from './membership';
import { users } from './users';

// draft: uploaded, mapped and dry-run, nothing written; queued → running → done: the background commit.
export const rosterImportStatusEnum = pgEnum('roster_import_status', ['draft', 'queued', 'running', 'done']);

/** One row of the uploaded file: its line in the file (for the manager) and its cells as text, never evaluated. */
export interface RosterFileRow {
  line: number;
  cells: string[];
}

/** The column of the file that holds each field; null when the file has none. */
export type RosterMapping = Record<string, number | null>;

/**
 * An import of the company's member list. The file's cells are kept here from upload to the end of the
 * commit, so the dry run, the mapping, the refused rows and the progress all survive a reload; the
 * counters say how far the commit has come. The audit log gets the counts, never the rows.
 */
export const rosterImports = pgTable(
  'roster_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    status: rosterImportStatusEnum('status').notNull().default('draft'),
    fileName: text('file_name').notNull(),
    separator: text('separator').notNull(),
    encoding: text('encoding').notNull(),
    header: jsonb('header').$type<string[]>().notNull(),
    rows: jsonb('rows').$type<RosterFileRow[]>().notNull(),
    mapping: jsonb('mapping').$type<RosterMapping>().notNull(),
    total: integer('total').notNull(),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    refused: integer('refused').notNull().default(0),
    // The rows the commit refused, by line and reason (no cell of theirs): the download reads the cells from `rows`.
    refusals: jsonb('refusals').$type<{ line: number; reason: string }[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('roster_imports_status_idx').on(t.status, t.createdAt), index('roster_imports_created_idx').on(t.createdAt.desc().nullsFirst())],
);

/**
 * The company's roster: one row per person it says is a member, by e-mail (stored normalised) and
 * membership number. A row without an account waits for its invitation to be redeemed (or a join request
 * that matches it); the account then takes its number, groups, title and dates. Nobody is removed by an import.
 */
export const rosterEntries = pgTable(
  'roster_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    membershipNumber: text('membership_number'),
    displayName: text('display_name').notNull(),
    locale: localeEnum('locale'),
    role: roleEnum('role').notNull().default('member'),
    staffTitle: text('staff_title'),
    groupIds: jsonb('group_ids').$type<string[]>().notNull().default([]),
    memberSince: date('member_since', { mode: 'date' }),
    birthDate: date('birth_date', { mode: 'date' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    invitationId: uuid('invitation_id').references(() => invitations.id, { onDelete: 'set null' }),
    // The import that brought the person in (its invitation counts) and the last that changed them.
    createdImportId: uuid('created_import_id').references(() => rosterImports.id, { onDelete: 'set null' }),
    importId: uuid('import_id').references(() => rosterImports.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('roster_entries_email_key').on(t.email),
    uniqueIndex('roster_entries_number_key').on(t.membershipNumber).where(sql`${t.membershipNumber} is not null`),
    index('roster_entries_user_idx').on(t.userId),
    index('roster_entries_created_import_idx').on(t.createdImportId),
  ],
);
