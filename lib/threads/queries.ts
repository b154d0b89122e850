import { can } from '@/lib/policy';
import { and, eq, gt, lt, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cached } from '@/lib/cache';
import { isUuid } from '@/lib/pagination/cursor';
import { groupMembers, groups, postRevisions, posts, threadReads, threads, users } from '@/db/schema';
import type { Actor } from '@/lib/policy';

import type { PostDto } from './dto';
import { loadPoll, loadPostDtos } from './post-dtos';
import { canReply, type Viewer } from '@/lib/policy/threads';
import { POSTS_PER_PAGE } from './constants';
import { requirePost } from './thread-access';


export interface PageCursor {
  after?: string;
  before?: string;
  // The last page: where a reader goes to catch up with new replies.
  latest?: boolean;
}

// Keyset on (created_at, id) read from the cursor row itself, so no timestamp is ever rounded.
const position = (postId: string) => sql`(select ${posts.createdAt}, ${posts.id} from ${posts} where ${posts.id} = ${postId})`;

/**
 * A page of a thread's posts is the same for every reader who may read the thread (hidden and deleted
 * posts are blank for all; the reader's own controls are decided by the client from `viewer`): kept
 * until a post, reaction or image of the thread changes, or an author's name (tags `thread:<id>`, `people`).
 * Only reached after the reader's access to the group was checked.
 */
function postsOf(threadId: string, page: string, load: () => Promise<PostDto[]>): Promise<PostDto[]> {
  return cached(`thread-posts:${threadId}:${page}`, [`thread:${threadId}`, 'people'], load);
}

/**
 * One page of a thread for a reader, in a bounded number of queries whatever the thread's length.
 * Null when the thread does not exist or the reader may not know it does.
 */
export async function getThreadView(actor: Actor, slug: string, threadId: string, cursor: PageCursor = {}) {
  if (!isUuid(threadId)) return null;
  const db = getDb();
  const [row] = await db
    .select({
      thread: { id: threads.id, title: threads.title, hiddenReason: threads.hiddenReason, pinned: threads.pinned, locked: threads.locked, authorId: threads.authorId, replyCount: threads.replyCount, lastPostAt: threads.lastPostAt },
      group: { id: groups.id, slug: groups.slug, name: groups.name, visibility: groups.visibility },
      myRole: groupMembers.role,
      lastReadAt: threadReads.lastReadAt,
      joinedAt: groupMembers.joinedAt,
    })
    .from(threads)
    .innerJoin(groups, eq(groups.id, threads.groupId))
    .leftJoin(groupMembers, and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, actor.id)))
    .leftJoin(threadReads, and(eq(threadReads.threadId, threads.id), eq(threadReads.userId, actor.id)))
    .where(and(eq(threads.id, threadId), eq(groups.slug, slug)))
    .limit(1);
  if (!row) return null;
  const access = { visibility: row.group.visibility, myRole: row.myRole };
  if (!can(actor, 'read:group', access)) return null;
  const viewer: Viewer = { id: actor.id, canPost: can(actor, 'post:group', access), canModerate: can(actor, 'moderate:group', access) };

  const after = cursor.after && isUuid(cursor.after) ? cursor.after : undefined;
  const before = !after && cursor.before && isUuid(cursor.before) ? cursor.before : undefined;
  const inThread = eq(posts.threadId, threadId);
  // One extra row tells whether there is a further page.
  const limit = POSTS_PER_PAGE + 1;
  let page: PostDto[];
  let hasOlder: boolean;
  let hasNewer: boolean;
  if (before || (cursor.latest && !after)) {
    const rows = await postsOf(threadId, `before:${before ?? 'latest'}`, () => loadPostDtos(before ? and(inThread, lt(sql`(${posts.createdAt}, ${posts.id})`, position(before)))! : inThread, { order: 'desc', limit }));
    hasOlder = rows.length > POSTS_PER_PAGE;
    page = rows.slice(0, POSTS_PER_PAGE).reverse();
    hasNewer = before !== undefined;
  } else {
    const rows = await postsOf(threadId, `after:${after ?? 'first'}`, () => loadPostDtos(after ? and(inThread, gt(sql`(${posts.createdAt}, ${posts.id})`, position(after)))! : inThread, { limit }));
    hasNewer = rows.length > POSTS_PER_PAGE;
    page = rows.slice(0, POSTS_PER_PAGE);
    hasOlder = after !== undefined;
  }

  // "New since your last visit": first post after the last reading (or after joining the group).
  const seenAt = row.lastReadAt ?? row.joinedAt;
  const unseen = seenAt !== null && row.thread.lastPostAt > seenAt;
  let firstUnread: { id: string; before: string | null } | null = null;
  if (unseen) {
    const onPage = page.find((p) => new Date(p.createdAt) > seenAt);
    if (onPage) firstUnread = { id: onPage.id, before: null };
    else {
      const [lastSeen] = await db
        .select({ id: posts.id })
        .from(posts)
        .where(and(inThread, lte(posts.createdAt, seenAt)))
        .orderBy(sql`${posts.createdAt} desc, ${posts.id} desc`)
        .limit(1);
      const [next] = await db
        .select({ id: posts.id })
        .from(posts)
        .where(and(inThread, gt(posts.createdAt, seenAt)))
        .orderBy(posts.createdAt, posts.id)
        .limit(1);
      if (next) firstUnread = { id: next.id, before: lastSeen?.id ?? null };
    }
  }

  const poll = await loadPoll(threadId, actor.id);
  return {
    group: row.group,
    thread: row.thread,
    viewer,
    canReply: canReply(viewer, row.thread.locked),
    posts: page,
    hasOlder,
    hasNewer,
    seenAt: unseen ? seenAt.toISOString() : null,
    firstUnread,
    poll,
  };
}

export type ThreadView = NonNullable<Awaited<ReturnType<typeof getThreadView>>>;

/** Earlier versions of a post, newest first, for whoever may read the thread. */
export async function getPostHistory(actor: Actor, postId: string) {
  const { post, thread, group } = await requirePost(actor, postId);
  const revisions = await getDb()
    .select({ id: postRevisions.id, bodyHtml: postRevisions.bodyHtml, replacedAt: postRevisions.replacedAt, editorName: users.displayName })
    .from(postRevisions)
    .innerJoin(users, eq(users.id, postRevisions.editorId))
    .where(eq(postRevisions.postId, post.id))
    .orderBy(sql`${postRevisions.replacedAt} desc`);
  // Earlier versions of hidden text are as hidden as the text.
  const gone = post.deletedAt !== null || post.hiddenReason !== null || thread.hiddenReason !== null;
  return { post: { id: post.id, bodyHtml: gone ? '' : post.bodyHtml }, thread: { id: thread.id, title: thread.title }, group: { slug: group.slug, name: group.name }, revisions: gone ? [] : revisions };
}

/** The Markdown source of a post, for its author to edit or for anyone who may read it to quote. */
export async function getPostSource(actor: Actor, postId: string): Promise<string> {
  const { post, thread } = await requirePost(actor, postId);
  return post.deletedAt || post.hiddenReason || thread.hiddenReason ? '' : post.bodyMd;
}

