import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { notifications, posts } from '@/db/schema';
import { type NewNotification, writeNotifications } from './write';

interface Reacted {
  actorId: string;
  post: { id: string; authorId: string; threadId: string };
  groupId: string;
}

/**
 * Reactions come in bursts, so they are batched: one notification per post for as long as it is unread.
 * A later reaction folds into it (latest reactor, moved to the top) rather than adding another, so
 * neither the bell nor the inbox fills with one line per thumbs-up. Only a new notice queues mail.
 */
export async function notifyReaction(tx: Tx, { actorId, post, groupId }: Reacted): Promise<NewNotification[]> {
  if (post.authorId === actorId) return [];
  // Two reactions at once must not both find "no notice yet": they queue on the post's row.
  await tx.execute(sql`select 1 from ${posts} where ${posts.id} = ${post.id} for update`);
  const [open] = await tx
    .update(notifications)
    .set({ actorId, createdAt: new Date() })
    .where(and(eq(notifications.userId, post.authorId), eq(notifications.postId, post.id), eq(notifications.kind, 'reaction'), isNull(notifications.readAt)))
    .returning({ userId: notifications.userId });
  if (open) return [open as NewNotification];
  return writeNotifications(tx, actorId, [{ userId: post.authorId, kind: 'reaction', actorId, groupId, threadId: post.threadId, postId: post.id }]);
}
