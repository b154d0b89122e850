import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { notifications, posts } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb, type VerbContext } from '@/lib/verb';
import { unreadCount } from './queries';

/** Every open tab of the person shows the same number. */
async function recount(ctx: VerbContext<Actor>): Promise<{ unread: number }> {
  const unread = await unreadCount(ctx.actor, ctx.tx);
  ctx.publish(rooms.user(ctx.actor.id), 'notifications:count', { unread });
  return { unread };
}

/**
 * Opening a thread or a complaint is reading what one was told about it: its notifications stop being
 * news, in the bell of every open tab. Inside the caller's verb, so it happens with what caused it.
 */
export async function markNoticesAboutRead(ctx: VerbContext<Actor>, about: { threadId: string } | { complaintId: string }): Promise<void> {
  const where =
    'threadId' in about
      ? or(eq(notifications.threadId, about.threadId), sql`${notifications.postId} in (select ${posts.id} from ${posts} where ${posts.threadId} = ${about.threadId})`)
      : eq(notifications.complaintId, about.complaintId);
  const read = await ctx.tx
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(and(eq(notifications.userId, ctx.actor.id), isNull(notifications.readAt), where))
    .returning({ id: notifications.id });
  if (read.length > 0) await recount(ctx);
}

/** Only one's own: someone else's id is answered as if it did not exist. Reading twice keeps the first time. */
export const markNotificationRead = defineVerb({
  name: 'notifications.mark-read',
  input: z.object({ id: z.uuid('errors.invalidField') }),
  standing: 'active',
  load: async (db, { id }, actor) => {
    const [own] = await db.select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, actor.id))).for('update');
    if (!own) throw new NotFound();
    return own;
  },
  run: async (ctx, _data, own) => {
    if (!own.readAt) await ctx.tx.update(notifications).set({ readAt: ctx.now }).where(eq(notifications.id, own.id));
    return recount(ctx);
  },
});

export const markAllNotificationsRead = defineVerb({
  name: 'notifications.mark-all-read',
  input: z.object({}),
  standing: 'active',
  run: async (ctx) => {
    await ctx.tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(eq(notifications.userId, ctx.actor.id), isNull(notifications.readAt)));
    return recount(ctx);
  },
});
