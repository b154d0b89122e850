import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { reports, reviewItems } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { REPORT_REASONS } from '@/lib/policy/moderation';
import { consume } from '@/lib/security/rate-limit';
import { requireThread } from '@/lib/threads/thread-access';
import { optionalText } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { refreshQueue } from './decision';
import { moderatorNotices } from './staff-notice';
import { loadTarget, targetRef } from './targets';
import { queueContentReported } from '@/lib/webhooks/sources';

const byRef = z
  .intersection(targetRef, z.object({ reason: z.enum(REPORT_REASONS, 'moderation.errors.reportReason'), note: optionalText(500) }))
  .refine((d) => d.reason !== 'other' || d.note !== null, { path: ['note'], message: 'moderation.errors.noteRequired' });

// The form names its target as one radio value, "type:id": the post, or its author's profile.
const fromForm = z
  .object({ target: z.string() })
  .loose()
  .transform(({ target, ...rest }) => {
    const at = target.indexOf(':');
    return { ...rest, targetType: target.slice(0, at), targetId: target.slice(at + 1) };
  })
  .pipe(byRef);

/**
 * A reporter whose earlier reports were upheld weighs more; one whose reports were dismissed weighs
 * less, never nothing. Kept between 0.25 and 2 so no single person decides the queue's order.
 */
export function reporterWeight(upheld: number, dismissed: number): number {
  return Math.min(2, Math.max(0.25, 1 + 0.2 * upheld - 0.15 * dismissed));
}

/**
 * A member reports a post, thread, complaint comment or profile. One open report per person and item:
 * a double submit, or reporting again before a decision, leaves the first report as it is.
 */
export const reportContent = defineVerb({
  name: 'moderation.report',
  input: z.union([byRef, fromForm]),
  // A silenced account may still report what harms it.
  standing: 'active',
  load: async (db, ref, actor) => {
    const target = await loadTarget(db, ref);
    // What the member may not read does not exist for them, a private group's posts included.
    if (target.threadId) await requireThread(actor, target.threadId, { db });
    return target;
  },
  policy: (actor, target) => refusal(actor, 'report:content', target),
  prepare: (_, __, actor) => consume('report', actor.id),
  run: async (ctx, data, target): Promise<{ reportId: string | null; duplicate: boolean }> => {
    const { tx } = ctx;
    await tx
      .insert(reviewItems)
      .values({ targetType: target.targetType, targetId: target.targetId, groupId: target.groupId, authorId: target.authorId })
      .onConflictDoNothing({ target: [reviewItems.targetType, reviewItems.targetId], where: sql`${reviewItems.closedAt} is null` });
    const [item] = await tx
      .select()
      .from(reviewItems)
      .where(and(eq(reviewItems.targetType, target.targetType), eq(reviewItems.targetId, target.targetId), isNull(reviewItems.closedAt)))
      .for('update')
      .limit(1);
    const [report] = await tx
      .insert(reports)
      .values({ reviewItemId: item!.id, reporterId: ctx.actor.id, targetType: target.targetType, targetId: target.targetId, reason: data.reason, note: data.note })
      .onConflictDoNothing({ target: [reports.reporterId, reports.targetType, reports.targetId], where: sql`${reports.status} = 'open'` })
      .returning({ id: reports.id });
    if (!report) return { reportId: null, duplicate: true };
    await queueContentReported(tx, { id: report.id, targetType: target.targetType, targetId: target.targetId, reason: data.reason }, ctx.now);
    const [history] = await tx
      .select({
        upheld: sql<number>`count(*) filter (where ${reports.status} = 'upheld')::int`,
        dismissed: sql<number>`count(*) filter (where ${reports.status} = 'dismissed')::int`,
      })
      .from(reports)
      .where(eq(reports.reporterId, ctx.actor.id));
    await tx
      .update(reviewItems)
      .set({ weight: sql`${reviewItems.weight} + ${reporterWeight(history!.upheld, history!.dismissed)}`, reportCount: sql`${reviewItems.reportCount} + 1`, updatedAt: ctx.now })
      .where(eq(reviewItems.id, item!.id));
    // The first report of an item brings it to the moderators' attention; later ones only weigh it.
    if (item!.reportCount === 0 && item!.holdSource === null) await ctx.notify(await moderatorNotices(tx));
    refreshQueue(ctx);
    return { reportId: report.id, duplicate: false };
  },
});
