import { and, eq, isNull, sql } from 'drizzle-orm';
import { notifications, posts } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import type { VerbContext } from '@/lib/verb';

interface Reacted {
  post: { id: string; authorId: string; threadId: string };
  groupId: string;
}

/**
 * Reactions come in bursts, so they are batched: one notification per post for as long as it is unread.
 * A later reaction folds into it (latest reactor, moved to the top) rather than adding another, so
 * neither the bell nor the inbox fills with one line per thumbs-up. Only a new notice queues mail.
 */
export async function notifyReaction(ctx: Pick<VerbContext<Actor>, 'tx' | 'actor' | 'now' | 'notify' | 'publish'>, { post, groupId }: Reacted): Promise<void> {
  const actorId = ctx.actor.id;
  if (post.authorId === actorId) return;
  // Two reactions at once must not both find "no notice yet": they queue on the post's row.
  await ctx.tx.execute(sql`select 1 from ${posts} where ${posts.id} = ${post.id} for update`);
  const [open] = await ctx.tx
    .update(notifications)
    .set({ actorId, createdAt: ctx.now })
    .where(and(eq(notifications.userId, post.authorId), eq(notifications.postId, post.id), eq(notifications.kind, 'reaction'), isNull(notifications.readAt)))
    .returning({ userId: notifications.userId });
  // The folded notice moved to the top: the bell rings again, with no new mail.
  if (open) ctx.publish(rooms.user(open.userId), 'notification:new', {});
  else await ctx.notify([{ userId: post.authorId, kind: 'reaction', actorId, groupId, threadId: post.threadId, postId: post.id }]);
}
