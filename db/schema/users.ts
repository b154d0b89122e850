import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accountStatusEnum, localeEnum, roleEnum, valueBandEnum } from './enums';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased; the unique index is what stops two accounts sharing an address.
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull().default('member'),
    // Signed staff answers read "Laura · Atención al socio": the part after the dot.
    staffTitle: text('staff_title'),
    membershipNumber: text('membership_number'),
    status: accountStatusEnum('status').notNull().default('active'),
    statusReason: text('status_reason'),
    statusUntil: timestamp('status_until', { withTimezone: true }),
    locale: localeEnum('locale'),
    // Part of every session token: raising it signs the account out everywhere at once.
    sessionVersion: integer('session_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    // "Member since": the roster's date when one was imported, else the day the account was made
    // (lib/at-risk/tenure.ts). Tenure weighs in the members-at-risk list; never shown to peers.
    memberSince: date('member_since', { mode: 'date' }),
    // From the roster, when the company gave it: the privacy rules need it for under-14 consent; staff only.
    birthDate: date('birth_date', { mode: 'date' }),
    // What the manager says this member is worth to the company (a family membership…); staff only.
    valueBand: valueBandEnum('value_band'),
    // Set when the erasure job ran (lib/privacy/erase.ts): the row stays, as "Socio anónimo N", so what
    // others wrote and the company's record keep their shape; nobody signs in to it again.
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_role_idx').on(t.role),
    // The roster import and join-request matching look people up by number.
    index('users_membership_number_idx').on(t.membershipNumber),
    index('users_created_at_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('users_display_name_search_idx').using('btree', sql`lower(${t.displayName})`),
  ],
);

export type UserRow = typeof users.$inferSelect;
