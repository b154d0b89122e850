import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { attachments, postRevisions, posts } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { uuidField } from './fields';
import { postTarget, requirePost } from './thread-access';

const input = z.object({ postId: uuidField });

/**
 * The author takes a post back within the grace period; after it, only moderators can. The text and
 * its history go; a tombstone keeps the conversation's order and the quotes that point to it.
 */
export const deletePost = defineVerb({
  name: 'threads.delete-post',
  input,
  // Taking back one's own words is no new speech: a silenced author keeps it (lib/policy/threads.ts).
  standing: 'active',
  load: (db, data, actor) => requirePost(actor, data.postId, { db, lock: true }),
  policy: (actor, target, _data, now) => refusal(actor, 'delete:post', postTarget(target), now),
  run: async (ctx, _data, { post, thread }) => {
    await ctx.tx.update(posts).set({ deletedAt: ctx.now, deletedBy: ctx.actor.id, bodyMd: '', bodyHtml: '' }).where(eq(posts.id, post.id));
    await ctx.tx.delete(postRevisions).where(eq(postRevisions.postId, post.id));
    await ctx.tx.delete(attachments).where(eq(attachments.postId, post.id));
    ctx.publish(rooms.thread(thread.id), 'post:deleted', { id: post.id });
    return { id: post.id };
  },
  // A moderator's removal is on the record; an author taking back their own words is not.
  audit: (_result, _data, { post, thread }, actor) =>
    post.authorId === actor.id ? null : { action: 'post.delete', targetType: 'post', targetId: post.id, before: { threadId: thread.id, authorId: post.authorId, body: post.bodyMd } },
});
