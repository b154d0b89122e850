import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reactionEnum } from './enums';
import { groups } from './community-groups';
import { hideReasonEnum } from './moderation';
import { users } from './users';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Both text-search configurations (migration 0003: Spanish and English stemming, accents removed),
 * so a member finds "fútbol" by typing "futbol" and "shoes" by typing "shoe".
 */
const searchable = (column: string) =>
  sql`to_tsvector('tertulia_es'::regconfig, ${sql.raw(column)}) || to_tsvector('tertulia_en'::regconfig, ${sql.raw(column)})`;

export const threads = pgTable(
  'threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull().references(() => users.id),
    title: text('title').notNull(),
    pinned: boolean('pinned').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    // Hidden by moderation: everyone sees a tombstone with the reason instead of the thread.
    hiddenReason: hideReasonEnum('hidden_reason'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    replyCount: integer('reply_count').notNull().default(0),
    lastPostAt: timestamp('last_post_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // A retried or double-clicked submit carries the same key and finds the thread it created.
    idempotencyKey: text('idempotency_key'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(searchable('title')),
  },
  (t) => [
    index('threads_group_list_idx').on(t.groupId, t.pinned.desc().nullsFirst(), t.lastPostAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('threads_latest_idx').on(t.lastPostAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    uniqueIndex('threads_idempotency_key').on(t.authorId, t.idempotencyKey),
    index('threads_search_idx').using('gin', t.searchVector),
    // The dashboard counts threads started in a period.
    index('threads_created_idx').on(t.createdAt),
  ],
);

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id').notNull().references(() => threads.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull().references(() => users.id),
    // Markdown source kept for editing; HTML rendered and sanitized once, when written.
    bodyMd: text('body_md').notNull(),
    bodyHtml: text('body_html').notNull(),
    quotedPostId: uuid('quoted_post_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    // Deleted posts stay as a tombstone so replies that quote them keep their place.
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id),
    // Hidden by moderation (or held for review): the text stays for an appeal, the public sees a tombstone.
    hiddenReason: hideReasonEnum('hidden_reason'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    idempotencyKey: text('idempotency_key'),
    // The post's own words as readers see them (migration 0015): what it quotes is found in the quoted
    // post, so one text is one hit.
    searchVector: tsvector('search_vector').generatedAlwaysAs(searchable('tertulia_post_text(body_html)')),
  },
  (t) => [
    index('posts_thread_created_idx').on(t.threadId, t.createdAt, t.id),
    index('posts_author_idx').on(t.authorId, t.createdAt.desc().nullsFirst()),
    uniqueIndex('posts_idempotency_key').on(t.authorId, t.idempotencyKey),
    index('posts_search_idx').using('gin', t.searchVector),
    // The dashboard counts posts, active members and busy groups in a period: a range read that never
    // visits the table.
    index('posts_created_idx').on(t.createdAt, t.authorId, t.threadId).where(sql`${t.deletedAt} is null`),
  ],
);

// Every earlier version of an edited post, so an edit is never silent.
export const postRevisions = pgTable(
  'post_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    bodyMd: text('body_md').notNull(),
    bodyHtml: text('body_html').notNull(),
    editorId: uuid('editor_id').notNull().references(() => users.id),
    // When this version was replaced.
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_revisions_post_idx').on(t.postId, t.replacedAt)],
);

export const postReactions = pgTable(
  'post_reactions',
  {
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    reaction: reactionEnum('reaction').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.reaction, t.userId] })],
);

export const postMentions = pgTable(
  'post_mentions',
  {
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

// Images are processed and stored before the post exists; the post claims them when it is written.
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    uploaderId: uuid('uploader_id').notNull().references(() => users.id),
    storageKey: text('storage_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_post_idx').on(t.postId)],
);

export const polls = pgTable(
  'polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id').notNull().references(() => threads.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    multiple: boolean('multiple').notNull().default(false),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('polls_thread_key').on(t.threadId)],
);

export const pollOptions = pgTable(
  'poll_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pollId: uuid('poll_id').notNull().references(() => polls.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    label: text('label').notNull(),
    voteCount: integer('vote_count').notNull().default(0),
  },
  (t) => [uniqueIndex('poll_options_position_key').on(t.pollId, t.position)],
);

export const pollVotes = pgTable(
  'poll_votes',
  {
    pollId: uuid('poll_id').notNull().references(() => polls.id, { onDelete: 'cascade' }),
    optionId: uuid('option_id').notNull().references(() => pollOptions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.optionId, t.userId] }), index('poll_votes_voter_idx').on(t.pollId, t.userId)],
);

// "New since your last visit": the moment each member last read each thread.
export const threadReads = pgTable(
  'thread_reads',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    threadId: uuid('thread_id').notNull().references(() => threads.id, { onDelete: 'cascade' }),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] })],
);
