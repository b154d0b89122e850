import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { groupRoleEnum, groupVisibilityEnum, joinRequestStatusEnum } from './enums';
import { users } from './users';

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    // English members read this one; empty, they read the Spanish.
    descriptionEn: text('description_en').notNull().default(''),
    visibility: groupVisibilityEnum('visibility').notNull().default('open'),
    memberCount: integer('member_count').notNull().default(0),
    threadCount: integer('thread_count').notNull().default(0),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('groups_slug_key').on(t.slug), index('groups_activity_idx').on(t.lastActivityAt.desc().nullsFirst())],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: groupRoleEnum('role').notNull().default('member'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // joined_at: the dashboard's group growth over a period.
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId), index('group_members_joined_idx').on(t.joinedAt, t.groupId)],
);

// "By request" groups: a member asks, an owner, moderator or staff member decides.
export const groupJoinRequests = pgTable(
  'group_join_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    message: text('message'),
    status: joinRequestStatusEnum('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open request per person and group, however often the button is pressed.
    uniqueIndex('group_join_requests_pending_key').on(t.groupId, t.userId).where(sql`${t.status} = 'pending'`),
    index('group_join_requests_group_idx').on(t.groupId, t.status, t.createdAt),
  ],
);

// An owner or moderator invites someone in; the person accepts or declines.
export const groupInvitations = pgTable(
  'group_invitations',
  {
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_invitations_user_idx').on(t.userId)],
);
