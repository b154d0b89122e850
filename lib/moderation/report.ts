import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { reports, reviewItems } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/policy';
import { announceNotifications } from '@/lib/notifications/write';
import { consume } from '@/lib/security/rate-limit';
import { requireThread } from '@/lib/threads/thread-access';
import { optionalText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceQueue, refuse } from './act';
import { moderationRefusal, REPORT_REASONS } from './policy';
import { tellModerators } from './staff-notice';
import { loadTarget, targetRef } from './targets';

const input = z
  .intersection(targetRef, z.object({ reason: z.enum(REPORT_REASONS, 'moderation.errors.reportReason'), note: optionalText(500) }))
  .refine((d) => d.reason !== 'other' || d.note !== null, { path: ['note'], message: 'moderation.errors.noteRequired' });

export type ReportInput = z.input<typeof input>;

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
export async function reportContent({ actor, input: raw }: { actor: Actor; input: ReportInput }): Promise<{ reportId: string | null; duplicate: boolean }> {
  assertCan(actor, 'report:content');
  const data = parseInput(input, raw);
  const db = getDb();
  const target = await loadTarget(db, data);
  // What the member may not read does not exist for them, a private group's posts included.
  if (target.threadId) await requireThread(actor, target.threadId);
  const refusal = moderationRefusal(actor, 'report', target);
  if (refusal) refuse(refusal, 'report', target.targetType);
  await consume('report', actor.id);
  const done = await db.transaction(async (tx) => {
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
      .values({ reviewItemId: item!.id, reporterId: actor.id, targetType: target.targetType, targetId: target.targetId, reason: data.reason, note: data.note })
      .onConflictDoNothing({ target: [reports.reporterId, reports.targetType, reports.targetId], where: sql`${reports.status} = 'open'` })
      .returning({ id: reports.id });
    if (!report) return { reportId: null, duplicate: true, notified: [] };
    const [history] = await tx
      .select({
        upheld: sql<number>`count(*) filter (where ${reports.status} = 'upheld')::int`,
        dismissed: sql<number>`count(*) filter (where ${reports.status} = 'dismissed')::int`,
      })
      .from(reports)
      .where(eq(reports.reporterId, actor.id));
    await tx
      .update(reviewItems)
      .set({ weight: sql`${reviewItems.weight} + ${reporterWeight(history!.upheld, history!.dismissed)}`, reportCount: sql`${reviewItems.reportCount} + 1`, updatedAt: new Date() })
      .where(eq(reviewItems.id, item!.id));
    // The first report of an item brings it to the moderators' attention; later ones only weigh it.
    const notified = item!.reportCount === 0 && item!.holdSource === null ? await tellModerators(tx, actor.id) : [];
    return { reportId: report.id, duplicate: false, notified };
  });
  if (!done.duplicate) {
    announceNotifications(done.notified);
    announceQueue();
  }
  return { reportId: done.reportId, duplicate: done.duplicate };
}
