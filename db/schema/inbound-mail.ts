import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { mailOutbox } from './mail';
import { users } from './users';

// What became of a reply by e-mail: published (a post, a comment or a private message), or held by
// the personal-data guard until its author decides on the page the mail links to.
export const inboundReplyStatusEnum = pgEnum('inbound_reply_status', ['published', 'held', 'discarded']);

/** Every accepted reply by e-mail, once per Message-ID (a mail delivered twice makes one post). */
export const inboundReplies = pgTable(
  'inbound_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The notification mail whose reply address was used: it names the recipient and what it was about.
    outboxId: uuid('outbox_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageId: text('message_id').notNull(),
    // `thread:<id>`, `complaint:<id>` or `private:<id>`.
    target: text('target').notNull(),
    status: inboundReplyStatusEnum('status').notNull(),
    // Only while held: the text waiting for its author's decision; cleared once decided.
    heldBody: text('held_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('inbound_replies_message_key').on(t.userId, t.messageId), index('inbound_replies_user_idx').on(t.userId, t.createdAt)],
);
