import { Forbidden } from '@/lib/errors';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { attachments, postRevisions, posts } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { parseInput } from '@/lib/verb';
import { uuidField } from './fields';
import { canDeletePost } from './rules';
import { requirePost } from './thread-access';

const input = z.object({ postId: uuidField });

/**
 * The author takes a post back within the grace period; after it, only moderators can. The text and
 * its history go; a tombstone keeps the conversation's order and the quotes that point to it.
 */
export async function deletePost({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }): Promise<{ id: string }> {
  const data = parseInput(input, raw);
  const { post, thread, viewer } = await requirePost(actor, data.postId);
  if (!(canDeletePost(viewer, post))) throw new Forbidden();
  await getDb().transaction(async (tx) => {
    await tx.update(posts).set({ deletedAt: new Date(), deletedBy: actor.id, bodyMd: '', bodyHtml: '' }).where(eq(posts.id, post.id));
    await tx.delete(postRevisions).where(eq(postRevisions.postId, post.id));
    await tx.delete(attachments).where(eq(attachments.postId, post.id));
    if (post.authorId !== actor.id) {
      await recordAudit(tx, { actorId: actor.id, action: 'post.delete', targetType: 'post', targetId: post.id, before: { threadId: thread.id, authorId: post.authorId, body: post.bodyMd } });
    }
  });
  publish(rooms.thread(thread.id), 'post:deleted', { id: post.id });
  return { id: post.id };
}
