import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

// The management-to-member channel: staff publish, everyone in the community reads.
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    bodyMd: text('body_md').notNull(),
    bodyHtml: text('body_html').notNull(),
    authorId: uuid('author_id').notNull().references(() => users.id),
    pinned: boolean('pinned').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('announcements_list_idx').on(t.pinned.desc().nullsFirst(), t.createdAt.desc().nullsFirst()),
    uniqueIndex('announcements_idempotency_key').on(t.authorId, t.idempotencyKey),
  ],
);
