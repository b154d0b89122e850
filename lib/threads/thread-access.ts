import { eq } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { posts, threads } from '@/db/schema';
import { type GroupWithAccess, requireGroupPermission } from '@/lib/groups/access';
import { NotFound } from '@/lib/errors';
import type { HideReason } from '@/lib/policy/moderation';
import { type Actor, can } from '@/lib/policy';
import type { PostTarget, ThreadTarget, Viewer } from '@/lib/policy/threads';

export interface ThreadAccess {
  thread: { id: string; groupId: string; title: string; locked: boolean; pinned: boolean; authorId: string; hiddenReason: HideReason | null };
  group: GroupWithAccess;
  viewer: Viewer;
}

export interface LoadOptions {
  /** The verb's transaction, when it loads inside one. */
  db?: Executor;
  /** `for update`: two people changing the same row take turns. */
  lock?: boolean;
}

/**
 * The thread and the actor's place in its group; a thread the actor may not read does not exist.
 * What they may do in it is the verb's policy (lib/policy/threads.ts), asked of the `viewer`.
 */
export async function requireThread(actor: Actor, threadId: string, { db = getDb(), lock = false }: LoadOptions = {}): Promise<ThreadAccess> {
  const query = db
    .select({ id: threads.id, groupId: threads.groupId, title: threads.title, locked: threads.locked, pinned: threads.pinned, authorId: threads.authorId, hiddenReason: threads.hiddenReason })
    .from(threads)
    .where(eq(threads.id, threadId))
    .limit(1);
  const [thread] = await (lock ? query.for('update') : query);
  if (!thread) throw new NotFound();
  // Not allowed to read is the same as not there: the title must not leak.
  const group = await requireGroupPermission(actor, thread.groupId, 'read:group', db).catch(() => {
    throw new NotFound();
  });
  return { thread, group, viewer: { id: actor.id, canPost: can(actor, 'post:group', group), canModerate: can(actor, 'moderate:group', group) } };
}

/** A post with its thread, for verbs that act on one post. */
export async function requirePost(actor: Actor, postId: string, { db = getDb(), lock = false }: LoadOptions = {}) {
  const query = db
    .select({ id: posts.id, threadId: posts.threadId, authorId: posts.authorId, createdAt: posts.createdAt, deletedAt: posts.deletedAt, hiddenReason: posts.hiddenReason, bodyMd: posts.bodyMd, bodyHtml: posts.bodyHtml })
    .from(posts)
    .where(eq(posts.id, postId))
    .limit(1);
  const [post] = await (lock ? query.for('update') : query);
  if (!post) throw new NotFound();
  return { post, ...(await requireThread(actor, post.threadId, { db })) };
}

/** What the thread rules of lib/policy ask about a thread. */
export const threadTarget = ({ thread, viewer }: Pick<ThreadAccess, 'thread' | 'viewer'>): ThreadTarget => ({ viewer, locked: thread.locked, hidden: thread.hiddenReason !== null });

/** What the thread rules of lib/policy ask about a post. */
export const postTarget = ({ post, thread, viewer }: Awaited<ReturnType<typeof requirePost>>): PostTarget => ({
  viewer,
  locked: thread.locked,
  post: { authorId: post.authorId, createdAt: post.createdAt, deletedAt: post.deletedAt, hidden: post.hiddenReason !== null },
});
