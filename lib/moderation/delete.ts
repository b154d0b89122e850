import { eq } from 'drizzle-orm';
import { attachments, postRevisions, posts, threads } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { recordDecision } from './decision';
import { decisionInput, hideReasonField } from './fields';
import { loadTarget } from './targets';

/**
 * Managers only, and never a complaint or anything on its timeline (the policy refuses). A post
 * becomes the usual "deleted" tombstone; a thread goes with its posts.
 */
export const deleteContent = defineVerb({
  name: 'moderation.delete',
  input: decisionInput({ reason: hideReasonField }),
  load: (db, ref) => loadTarget(db, ref, true),
  policy: (actor, target) => refusal(actor, 'delete:content', target),
  run: async (ctx, data, target) => {
    if (target.targetType === 'post') {
      await ctx.tx.update(posts).set({ deletedAt: ctx.now, deletedBy: ctx.actor.id, bodyMd: '', bodyHtml: '' }).where(eq(posts.id, target.targetId));
      await ctx.tx.delete(postRevisions).where(eq(postRevisions.postId, target.targetId));
      await ctx.tx.delete(attachments).where(eq(attachments.postId, target.targetId));
      ctx.publish(rooms.thread(target.threadId!), 'post:deleted', { id: target.targetId });
    } else {
      await ctx.tx.delete(threads).where(eq(threads.id, target.targetId));
      ctx.publish(rooms.group(target.groupId!), 'group:activity', { groupId: target.groupId!, threadId: target.targetId });
    }
    return recordDecision(ctx, target, { action: 'delete', reason: data.reason, note: data.note, reports: 'upheld', tell: 'content_hidden' });
  },
});
