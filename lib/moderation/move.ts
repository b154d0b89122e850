import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { groups, notifications, posts, reviewItems, threads } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { recordDecision } from './decision';
import { noteField } from './fields';
import { announceTarget } from './live';
import { loadTarget } from './targets';

/** An off-topic thread goes where it belongs; its notifications and queue entries follow it. */
export const moveThread = defineVerb({
  name: 'moderation.move',
  input: z.object({ threadId: uuidField, groupId: uuidField, note: noteField }),
  load: (db, data) => loadTarget(db, { targetType: 'thread', targetId: data.threadId }, true),
  policy: (actor, target) => refusal(actor, 'move:content', target),
  run: async (ctx, data, target) => {
    const { tx } = ctx;
    const [to] = await tx.select({ id: groups.id }).from(groups).where(eq(groups.id, data.groupId)).limit(1);
    if (!to || to.id === target.groupId) throw new Invalid({ groupId: ['moderation.errors.moveTarget'] });
    const from = target.groupId!;
    await tx.update(threads).set({ groupId: to.id }).where(eq(threads.id, target.targetId));
    await tx.update(groups).set({ threadCount: sql`greatest(${groups.threadCount} - 1, 0)` }).where(eq(groups.id, from));
    await tx.update(groups).set({ threadCount: sql`${groups.threadCount} + 1`, lastActivityAt: sql`greatest(${groups.lastActivityAt}, now())` }).where(eq(groups.id, to.id));
    await tx.update(notifications).set({ groupId: to.id }).where(eq(notifications.threadId, target.targetId));
    await tx
      .update(reviewItems)
      .set({ groupId: to.id })
      .where(
        sql`(${reviewItems.targetType} = 'thread' and ${reviewItems.targetId} = ${target.targetId}) or (${reviewItems.targetType} = 'post' and ${reviewItems.targetId} in (select ${posts.id}::text from ${posts} where ${posts.threadId} = ${target.targetId}))`,
      );
    ctx.afterCommit(() => announceTarget(target));
    ctx.afterCommit(() => announceTarget({ ...target, groupId: to.id }));
    return recordDecision(ctx, target, { action: 'move', note: data.note, data: { from, to: to.id }, reports: 'upheld' });
  },
});
