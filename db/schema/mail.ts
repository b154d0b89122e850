import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { threads } from './conversation';
import { notifications } from './notifications';
import { users } from './users';

// How a person wants to hear about one category: only in the bell, by e-mail at once, in the daily digest, or not at all.
export const notificationChannelEnum = pgEnum('notification_channel', ['in_app', 'immediate', 'digest', 'off']);
// `sending` rows carry a lease: when it runs out (the process died mid-send) the row is due again.
export const mailStatusEnum = pgEnum('mail_status', ['pending', 'sending', 'sent', 'failed', 'skipped']);

// Only the choices a person made; a missing row means the category's default (lib/notifications/categories.ts).
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    channel: notificationChannelEnum('channel').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.category] })],
);

/**
 * Every e-mail to send, written in the transaction of the event that causes it, so that an event never
 * happens without its message or the other way round. The text is composed when it is sent, in the
 * recipient's language and only if they may still see what it is about.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // A member's mail names them; a mail to someone who is not (yet) a member names the address.
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    toAddress: text('to_address'),
    category: text('category').notNull(),
    // A transactional mail (password reset, invitation, join request): the values its text needs,
    // encrypted because some are secrets (a reset link) and the table is read by managers' tools.
    sealedValues: text('sealed_values'),
    notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'set null' }),
    // A digest row: the community-time day it is for; at most one per person and day.
    digestDay: date('digest_day', { mode: 'string' }),
    status: mailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    // The one-click unsubscribe link of this message works once.
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
    index('mail_outbox_list_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    uniqueIndex('mail_outbox_digest_key').on(t.userId, t.digestDay),
    check('mail_outbox_recipient_check', sql`${t.userId} is not null or ${t.toAddress} is not null`),
  ],
);

// Notifications waiting for their person's next daily digest; the digest claims them by setting outbox_id.
export const digestItems = pgTable(
  'digest_items',
  {
    notificationId: uuid('notification_id')
      .primaryKey()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    outboxId: uuid('outbox_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('digest_items_pending_idx').on(t.userId, t.createdAt).where(sql`${t.outboxId} is null`), index('digest_items_outbox_idx').on(t.outboxId)],
);

// Writing in a thread follows it; `following = false` remembers an explicit unfollow, which a later post does not undo.
export const threadFollows = pgTable(
  'thread_follows',
  {
    threadId: uuid('thread_id').notNull().references(() => threads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    following: boolean('following').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index('thread_follows_user_idx').on(t.userId)],
);
