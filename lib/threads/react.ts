import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { postReactions } from '@/db/schema';
import { notifyReaction } from '@/lib/notifications/reactions';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { reactionField, uuidField } from './fields';
import { reactionSummaries } from './post-dtos';
import { postTarget, requirePost } from './thread-access';

const input = z.object({ postId: uuidField, reaction: reactionField });

/** Adds the reaction, or takes it back when the person had already given it. */
export const toggleReaction = defineVerb({
  name: 'threads.react',
  input,
  load: (db, data, actor) => requirePost(actor, data.postId, { db }),
  policy: (actor, target) => refusal(actor, 'react:post', postTarget(target)),
  run: async (ctx, data, { post, thread }) => {
    const added = await ctx.tx.insert(postReactions).values({ postId: post.id, userId: ctx.actor.id, reaction: data.reaction }).onConflictDoNothing().returning();
    if (added.length === 0) {
      await ctx.tx.delete(postReactions).where(and(eq(postReactions.postId, post.id), eq(postReactions.userId, ctx.actor.id), eq(postReactions.reaction, data.reaction)));
    } else {
      await notifyReaction(ctx, { post, groupId: thread.groupId });
    }
    const reactions = (await reactionSummaries([post.id], ctx.tx)).get(post.id) ?? [];
    ctx.publish(rooms.thread(thread.id), 'reactions:changed', { postId: post.id, reactions });
    return reactions;
  },
});
