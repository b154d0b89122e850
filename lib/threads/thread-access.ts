import { can } from '@/lib/policy';
import { eq } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { posts, threads } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { requireGroupPermission, type GroupWithAccess } from '@/lib/groups/access';
import { type GroupPermission } from '@/lib/policy/groups';
import { Forbidden, NotFound } from '@/lib/errors';

import type { HideReason } from '@/lib/policy/moderation';
import type { Viewer } from './rules';

export interface ThreadAccess {
  thread: { id: string; groupId: string; title: string; locked: boolean; pinned: boolean; authorId: string; hiddenReason: HideReason | null };
  group: GroupWithAccess;
  viewer: Viewer;
}

/** The thread and the actor's standing in its group; a thread the actor may not read does not exist. */
export async function requireThread(actor: Actor, threadId: string, permission: GroupPermission = 'read:group', db: Executor = getDb()): Promise<ThreadAccess> {
  const [thread] = await db
    .select({ id: threads.id, groupId: threads.groupId, title: threads.title, locked: threads.locked, pinned: threads.pinned, authorId: threads.authorId, hiddenReason: threads.hiddenReason })
    .from(threads)
    .where(eq(threads.id, threadId))
    .limit(1);
  if (!thread) throw new NotFound();
  // Not allowed to read is the same as not there: the title must not leak.
  const group = await requireGroupPermission(actor, thread.groupId, 'read:group', db).catch(() => {
    throw new NotFound();
  });
  if (!(can(actor, permission, group))) throw new Forbidden();
  return { thread, group, viewer: { id: actor.id, canPost: can(actor, 'post:group', group), canModerate: can(actor, 'moderate:group', group) } };
}

/** A post with its thread, for verbs that act on one post. */
export async function requirePost(actor: Actor, postId: string, db: Executor = getDb()) {
  const [post] = await db
    .select({ id: posts.id, threadId: posts.threadId, authorId: posts.authorId, createdAt: posts.createdAt, deletedAt: posts.deletedAt, hiddenReason: posts.hiddenReason, bodyMd: posts.bodyMd, bodyHtml: posts.bodyHtml })
    .from(posts)
    .where(eq(posts.id, postId))
    .limit(1);
  if (!post) throw new NotFound();
  return { post, ...(await requireThread(actor, post.threadId, 'read:group', db)) };
}
