import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { postReactions } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { notifyReaction } from '@/lib/notifications/reactions';
import { announceNotifications } from '@/lib/notifications/write';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { parseInput } from '@/lib/verb';
import { reactionField, uuidField } from './fields';
import { reactionSummaries } from './post-dtos';
import { requirePost } from './thread-access';
import { assertStanding } from '@/lib/policy';

const input = z.object({ postId: uuidField, reaction: reactionField });

/** Adds the reaction, or takes it back when the person had already given it. */
export async function toggleReaction({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertStanding(actor, 'write');
  const data = parseInput(input, raw);
  const { post, thread, viewer } = await requirePost(actor, data.postId);
  if (!viewer.canPost || post.deletedAt || post.hiddenReason) throw new Forbidden();
  const mine = and(eq(postReactions.postId, post.id), eq(postReactions.userId, actor.id), eq(postReactions.reaction, data.reaction));
  const notified = await getDb().transaction(async (tx) => {
    const added = await tx.insert(postReactions).values({ postId: post.id, userId: actor.id, reaction: data.reaction }).onConflictDoNothing().returning();
    if (added.length === 0) {
      await tx.delete(postReactions).where(mine);
      return [];
    }
    return notifyReaction(tx, { actorId: actor.id, post, groupId: thread.groupId });
  });
  const reactions = (await reactionSummaries([post.id])).get(post.id) ?? [];
  publish(rooms.thread(thread.id), 'reactions:changed', { postId: post.id, reactions });
  announceNotifications(notified);
  return reactions;
}
