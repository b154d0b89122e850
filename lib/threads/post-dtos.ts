import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Executor } from '@/db/client';
import { attachments, memberProfiles, pollOptions, polls, pollVotes, postReactions, posts, users } from '@/db/schema';
import { avatarUrl } from '@/lib/profiles/fields';
import type { PollDto, PostDto, ReactionSummary } from './dto';
import { attachmentUrl } from './images';
import { REACTIONS, type Reaction } from './constants';

const quoted = alias(posts, 'quoted');
const quotedAuthor = alias(users, 'quoted_author');

/**
 * Posts with their authors, quotes, images and reactions in three queries, however many posts:
 * a page never costs a query per post.
 */
export async function loadPostDtos(where: SQL, opts: { order?: 'asc' | 'desc'; limit?: number } = {}, db: Executor = getDb()): Promise<PostDto[]> {
  const rows = await db
    .select({
      id: posts.id,
      authorId: posts.authorId,
      authorName: users.displayName,
      authorRole: users.role,
      authorTitle: users.staffTitle,
      authorAvatarKey: memberProfiles.avatarKey,
      bodyHtml: posts.bodyHtml,
      createdAt: posts.createdAt,
      editedAt: posts.editedAt,
      deletedAt: posts.deletedAt,
      hiddenReason: posts.hiddenReason,
      quotedId: quoted.id,
      quotedAuthorName: quotedAuthor.displayName,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(memberProfiles, eq(memberProfiles.userId, posts.authorId))
    .leftJoin(quoted, eq(quoted.id, posts.quotedPostId))
    .leftJoin(quotedAuthor, eq(quotedAuthor.id, quoted.authorId))
    .where(where)
    .orderBy(opts.order === 'desc' ? sql`${posts.createdAt} desc, ${posts.id} desc` : sql`${posts.createdAt} asc, ${posts.id} asc`)
    .limit(opts.limit ?? 1000);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [images, reactions] = await Promise.all([
    db.select().from(attachments).where(inArray(attachments.postId, ids)).orderBy(asc(attachments.createdAt)),
    reactionSummaries(ids, db),
  ]);
  return rows.map((r) => {
    const deleted = r.deletedAt !== null;
    const gone = deleted || r.hiddenReason !== null;
    return {
      id: r.id,
      authorId: r.authorId,
      authorName: r.authorName,
      authorRole: r.authorRole,
      authorTitle: r.authorTitle,
      authorAvatarUrl: avatarUrl(r.authorAvatarKey),
      bodyHtml: gone ? '' : r.bodyHtml,
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
      deleted,
      hidden: deleted ? null : r.hiddenReason,
      quoted: r.quotedId ? { id: r.quotedId, authorName: r.quotedAuthorName ?? '' } : null,
      images: gone ? [] : images.filter((i) => i.postId === r.id).map((i) => ({ url: attachmentUrl(i.storageKey), width: i.width, height: i.height })),
      reactions: gone ? [] : (reactions.get(r.id) ?? []),
    };
  });
}

const NAMES_SHOWN = 10;

export async function reactionSummaries(postIds: string[], db: Executor = getDb()): Promise<Map<string, ReactionSummary[]>> {
  const rows = await db
    .select({
      postId: postReactions.postId,
      reaction: postReactions.reaction,
      count: sql<number>`count(*)::int`,
      names: sql<string[]>`(array_agg(${users.displayName} order by ${postReactions.createdAt}))[1:${sql.raw(String(NAMES_SHOWN))}]`,
      userIds: sql<string[]>`array_agg(${postReactions.userId}::text)`,
    })
    .from(postReactions)
    .innerJoin(users, eq(users.id, postReactions.userId))
    .where(inArray(postReactions.postId, postIds))
    .groupBy(postReactions.postId, postReactions.reaction);
  const out = new Map<string, ReactionSummary[]>();
  for (const row of rows) {
    const list = out.get(row.postId) ?? [];
    list.push({ reaction: row.reaction as Reaction, count: row.count, names: row.names, userIds: row.userIds });
    out.set(row.postId, list);
  }
  for (const list of out.values()) list.sort((a, b) => REACTIONS.indexOf(a.reaction) - REACTIONS.indexOf(b.reaction));
  return out;
}

export async function loadPost(postId: string, db: Executor = getDb()): Promise<PostDto | null> {
  return (await loadPostDtos(eq(posts.id, postId), {}, db))[0] ?? null;
}

/** The thread's poll with its counts, and which options this reader chose. */
export async function loadPoll(threadId: string, viewerId: string, db: Executor = getDb()): Promise<(PollDto & { myVotes: string[] }) | null> {
  const rows = await db
    .select({
      id: polls.id,
      question: polls.question,
      multiple: polls.multiple,
      closesAt: polls.closesAt,
      optionId: pollOptions.id,
      label: pollOptions.label,
      votes: pollOptions.voteCount,
      mine: sql<boolean>`exists (select 1 from ${pollVotes} where ${pollVotes.optionId} = ${pollOptions.id} and ${pollVotes.userId} = ${viewerId})`,
      voters: sql<number>`(select count(distinct ${pollVotes.userId})::int from ${pollVotes} where ${pollVotes.pollId} = ${polls.id})`,
    })
    .from(polls)
    .innerJoin(pollOptions, eq(pollOptions.pollId, polls.id))
    .where(eq(polls.threadId, threadId))
    .orderBy(asc(pollOptions.position));
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.id,
    question: first.question,
    multiple: first.multiple,
    closesAt: first.closesAt?.toISOString() ?? null,
    closed: first.closesAt !== null && first.closesAt <= new Date(),
    voters: first.voters,
    options: rows.map((r) => ({ id: r.optionId, label: r.label, votes: r.votes })),
    myVotes: rows.filter((r) => r.mine).map((r) => r.optionId),
  };
}
