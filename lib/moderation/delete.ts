import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { attachments, postRevisions, posts, threads } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { actOnTarget } from './act';
import { decisionInput, hideReasonField } from './fields';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';

const input = decisionInput({ reason: hideReasonField });

export type DeleteInput = z.input<typeof input>;

/**
 * Managers only, and never a complaint or anything on its timeline (the policy refuses). A post
 * becomes the usual "deleted" tombstone; a thread goes with its posts.
 */
export async function deleteContent({ actor, input: raw }: { actor: Actor; input: DeleteInput }) {
  const data = parseInput(input, raw);
  return actOnTarget(actor, data, 'delete', async (tx, target) => {
    if (target.targetType === 'post') {
      await tx.update(posts).set({ deletedAt: new Date(), deletedBy: actor.id, bodyMd: '', bodyHtml: '' }).where(eq(posts.id, target.targetId));
      await tx.delete(postRevisions).where(eq(postRevisions.postId, target.targetId));
      await tx.delete(attachments).where(eq(attachments.postId, target.targetId));
    } else {
      await tx.delete(threads).where(eq(threads.id, target.targetId));
    }
    const announce =
      target.targetType === 'post'
        ? () => publish(rooms.thread(target.threadId!), 'post:deleted', { id: target.targetId })
        : () => publish(rooms.group(target.groupId!), 'group:activity', { groupId: target.groupId!, threadId: target.targetId });
    return { action: 'delete', reason: data.reason, note: data.note, reports: 'upheld', tell: 'content_hidden', announce };
  });
}
