import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { moderationActions, reports, reviewItems } from '@/db/schema';
import type { HideReason } from '@/lib/policy/moderation';
import { rooms } from '@/lib/realtime/io';
import type { VerbContext } from '@/lib/verb';
import type { Target, TargetRef } from './targets';

export type ActionRow = typeof moderationActions.$inferSelect;
type ActionKind = ActionRow['action'];

/** What a moderator decided about one item, for the record, the queue and the people concerned. */
export interface Outcome {
  action: ActionKind;
  reason?: HideReason | null;
  note?: string | null;
  data?: Record<string, unknown>;
  /** What the item's open reports come to: upheld (something was done) or dismissed. */
  reports: 'upheld' | 'dismissed';
  /** The author's notice, if any. */
  tell?: 'content_hidden' | 'content_restored';
}

export interface Decided {
  action: ActionRow;
  target: Target;
}

/** The decision's row: what the author's notice, the appeal and the transparency figures read. */
export async function insertDecision(tx: Tx, actorId: string, target: Pick<Target, 'targetType' | 'targetId' | 'authorId'>, outcome: Omit<Outcome, 'reports' | 'tell'>): Promise<ActionRow> {
  const [action] = await tx
    .insert(moderationActions)
    .values({
      targetType: target.targetType,
      targetId: target.targetId,
      action: outcome.action,
      reason: outcome.reason ?? null,
      note: outcome.note ?? null,
      actorId,
      authorId: target.authorId,
      data: outcome.data ?? null,
    })
    .returning();
  return action!;
}

/**
 * Closes the item's open queue entry and tells each reporter the outcome (the report_outcome notice
 * links to the decision, whose page shows a reporter only what was decided).
 */
export async function closeItem(ctx: VerbContext, target: TargetRef, outcome: Pick<Outcome, 'action' | 'reports'>, actionId: string): Promise<void> {
  const [item] = await ctx.tx
    .update(reviewItems)
    .set({ closedAt: ctx.now, closedBy: ctx.actor.id, outcome: outcome.action, updatedAt: ctx.now })
    .where(and(eq(reviewItems.targetType, target.targetType), eq(reviewItems.targetId, target.targetId), isNull(reviewItems.closedAt)))
    .returning({ id: reviewItems.id });
  if (!item) return;
  await ctx.tx.update(moderationActions).set({ reviewItemId: item.id }).where(eq(moderationActions.id, actionId));
  const decided = await ctx.tx
    .update(reports)
    .set({ status: outcome.reports, decidedAt: ctx.now })
    .where(and(eq(reports.reviewItemId, item.id), eq(reports.status, 'open')))
    .returning({ reporterId: reports.reporterId });
  await ctx.notify(decided.map((r) => ({ userId: r.reporterId, kind: 'report_outcome' as const, actorId: null, moderationActionId: actionId })));
}

/** The queue page of every moderator refreshes itself, after commit. */
export function refreshQueue(ctx: Pick<VerbContext, 'publish'>): void {
  ctx.publish(rooms.reviewQueue, 'review:changed', {});
}

/**
 * The step every moderation verb on content ends with, inside its transaction: the decision on record,
 * the queue entry closed and its reporters told, the author's notice, the audit row, and the queue
 * pages refreshed after commit.
 */
export async function recordDecision(ctx: VerbContext, target: Target, outcome: Outcome): Promise<Decided> {
  const action = await insertDecision(ctx.tx, ctx.actor.id, target, outcome);
  await closeItem(ctx, target, outcome, action.id);
  if (outcome.tell) await ctx.notify([{ userId: target.authorId, kind: outcome.tell, actorId: null, moderationActionId: action.id }]);
  await ctx.audit({
    action: `moderation.${outcome.action}`,
    targetType: target.targetType,
    targetId: target.targetId,
    reason: outcome.reason ?? outcome.note ?? null,
    before: { hiddenReason: target.hiddenReason },
    after: { ...(outcome.data ?? {}), decision: action.id },
  });
  refreshQueue(ctx);
  return { action, target };
}
