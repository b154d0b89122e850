import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { moderationActions, reports, reviewItems } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { logger } from '@/lib/logging/logger';
import { announceNotifications, type NewNotification, writeNotifications } from '@/lib/notifications/write';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { type ContentAction, type HideReason, moderationRefusal } from './policy';
import { loadTarget, type Target, type TargetRef } from './targets';

export type ActionRow = typeof moderationActions.$inferSelect;
type ActionKind = ActionRow['action'];

/** What a verb did, for the frame to record and tell. */
export interface Outcome {
  action: ActionKind;
  reason?: HideReason | null;
  note?: string | null;
  data?: Record<string, unknown>;
  /** What the item's open reports come to: upheld (something was done) or dismissed. */
  reports: 'upheld' | 'dismissed';
  /** The author's notice, if any. */
  tell?: 'content_hidden' | 'content_restored';
  /** Live updates for the rooms that show the item, after commit. */
  announce?: () => Promise<void> | void;
}

/** Refused with the reason, and logged without anything that names a person. */
export function refuse(refusal: string, action: string, targetType: string): never {
  logger.warn({ action, refusal, targetType }, 'moderation refused');
  throw new Forbidden(refusal);
}

/**
 * Closes the item's open queue entry and tells each reporter the outcome (the report_outcome notice
 * links to the decision, whose page shows a reporter only what was decided).
 */
export async function closeItem(tx: Tx, actor: Actor, target: TargetRef, outcome: Pick<Outcome, 'action' | 'reports'>, actionId: string): Promise<NewNotification[]> {
  const [item] = await tx
    .update(reviewItems)
    .set({ closedAt: new Date(), closedBy: actor.id, outcome: outcome.action, updatedAt: new Date() })
    .where(and(eq(reviewItems.targetType, target.targetType), eq(reviewItems.targetId, target.targetId), isNull(reviewItems.closedAt)))
    .returning({ id: reviewItems.id });
  if (!item) return [];
  await tx.update(moderationActions).set({ reviewItemId: item.id }).where(eq(moderationActions.id, actionId));
  const decided = await tx
    .update(reports)
    .set({ status: outcome.reports, decidedAt: new Date() })
    .where(and(eq(reports.reviewItemId, item.id), eq(reports.status, 'open')))
    .returning({ reporterId: reports.reporterId });
  return writeNotifications(
    tx,
    actor.id,
    decided.map((r) => ({ userId: r.reporterId, kind: 'report_outcome' as const, actorId: null, moderationActionId: actionId })),
  );
}

export interface Acted {
  action: ActionRow;
  target: Target;
}

/**
 * The frame of every moderation verb on content: lock the item, check the policy (with the conflict of
 * interest and staff-on-staff rules), let the verb change it, then in the same transaction record the
 * decision, close the queue entry, tell the author and the reporters, and write the audit row. Live
 * updates go out after commit.
 */
export async function actOnTarget(actor: Actor, ref: TargetRef, policyAction: ContentAction, work: (tx: Tx, target: Target) => Promise<Outcome>): Promise<Acted> {
  const { acted, notified, outcome } = await getDb().transaction(async (tx) => {
    const target = await loadTarget(tx, ref, true);
    const refusal = moderationRefusal(actor, policyAction, target);
    if (refusal) refuse(refusal, policyAction, target.targetType);
    const outcome = await work(tx, target);
    const [action] = await tx
      .insert(moderationActions)
      .values({
        targetType: target.targetType,
        targetId: target.targetId,
        action: outcome.action,
        reason: outcome.reason ?? null,
        note: outcome.note ?? null,
        actorId: actor.id,
        authorId: target.authorId,
        data: outcome.data ?? null,
      })
      .returning();
    const notified = await closeItem(tx, actor, target, outcome, action!.id);
    if (outcome.tell) notified.push(...(await writeNotifications(tx, actor.id, [{ userId: target.authorId, kind: outcome.tell, actorId: null, moderationActionId: action!.id }])));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `moderation.${outcome.action}`,
      targetType: target.targetType,
      targetId: target.targetId,
      reason: outcome.reason ?? outcome.note ?? null,
      before: { hiddenReason: target.hiddenReason },
      after: { ...(outcome.data ?? {}), decision: action!.id },
    });
    return { acted: { action: action!, target }, notified, outcome };
  });
  announceNotifications(notified);
  announceQueue();
  await outcome.announce?.();
  return acted;
}

/** The queue page of every moderator refreshes itself. */
export function announceQueue(): void {
  publish(rooms.reviewQueue, 'review:changed', {});
}

