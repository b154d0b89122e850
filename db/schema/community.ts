import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localeEnum } from './enums';
import { users } from './users';

// One community per deployment: the single row (id = 1) holds its brand and settings.
export const communitySettings = pgTable(
  'community_settings',
  {
    id: smallint('id').primaryKey().default(1),
    name: text('name').notNull(),
    welcomeText: text('welcome_text').notNull().default(''),
    // English members read this one; empty, they read the Spanish.
    welcomeTextEn: text('welcome_text_en').notNull().default(''),
    logoPath: text('logo_path'),
    primaryColor: text('primary_color').notNull().default('#0f5c8c'),
    accentColor: text('accent_color').notNull().default('#d9480f'),
    defaultLocale: localeEnum('default_locale').notNull().default('es'),
    // Clubs ask for the membership number on join requests; shops usually do not.
    askMembershipNumber: boolean('ask_membership_number').notNull().default(true),
    boardPublic: boolean('board_public').notNull().default(false),
    // Days a member has to confirm a proposed solution before it counts as resolved.
    confirmationDays: smallint('confirmation_days').notNull().default(7),
    // Staff and managers always create groups; members only when the manager allows it.
    membersCreateGroups: boolean('members_create_groups').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [check('community_settings_single_row', sql`${t.id} = 1`)],
);

export type CommunitySettingsRow = typeof communitySettings.$inferSelect;
