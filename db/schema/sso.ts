import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Who someone is at the single sign-on provider (its issuer and the `sub` it gives them) and which
 * account that is here. Found by subject first, so an e-mail changed at the provider never makes a
 * second account; one provider identity per account, so a reused address cannot take a linked one.
 */
export const ssoLinks = pgTable(
  'sso_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sso_links_issuer_subject_key').on(t.issuer, t.subject), uniqueIndex('sso_links_issuer_user_key').on(t.issuer, t.userId), index('sso_links_user_idx').on(t.userId)],
);
