import { bigint, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { notificationKindEnum } from './enums';
import { groups } from './community-groups';
import { complaints } from './complaints';
import { posts, threads } from './conversation';
import { moderationActions, sanctions } from './moderation';
import { users } from './users';

// Written in the same transaction as the event that causes it, so nothing is announced that did not happen.
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKindEnum('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    threadId: uuid('thread_id').references(() => threads.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    announcementId: uuid('announcement_id'),
    complaintId: uuid('complaint_id').references(() => complaints.id, { onDelete: 'cascade' }),
    // The timeline entry the notification links to (#event-<id> on the complaint page).
    complaintEventId: bigint('complaint_event_id', { mode: 'number' }),
    // Moderation notices link to the decision (and its appeal) or to the sanction, never to the hidden text.
    moderationActionId: uuid('moderation_action_id').references(() => moderationActions.id, { onDelete: 'cascade' }),
    sanctionId: uuid('sanction_id').references(() => sanctions.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);
