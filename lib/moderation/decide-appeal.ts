import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { appeals, moderationActions, sanctions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { announceNotifications, type NewNotification, writeNotifications } from '@/lib/notifications/write';
import { uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceQueue, refuse } from './act';
import { noteField } from './fields';
import { announceTarget } from './live';
import { liftInTx } from './measures';
import { moderationRefusal, sanctionReviewRefusal } from './policy';
import { loadTarget, setHidden, type Target } from './targets';

const input = z.object({ appealId: uuidField, upheld: z.enum(['true', 'false'], 'errors.invalidField').transform((v) => v === 'true'), note: noteField });

export type DecideAppealInput = z.input<typeof input>;
type Appeal = typeof appeals.$inferSelect;
type Status = Exclude<Appeal['status'], 'pending'>;
type Decided = { status: Status; notice: Pick<NewNotification, 'moderationActionId' | 'sanctionId'>; target?: Target };

/**
 * Someone other than the one who decided answers the appeal, and the appellant is told either way.
 * Upheld, a hiding is undone (a restore decision in the record), a redaction only acknowledged (its
 * fragment was kept nowhere), and a sanction lifted.
 */
export async function decideAppeal({ actor, input: raw }: { actor: Actor; input: DecideAppealInput }) {
  const data = parseInput(input, raw);
  const done = await getDb().transaction(async (tx) => {
    const [appeal] = await tx.select().from(appeals).where(eq(appeals.id, data.appealId)).for('update').limit(1);
    if (!appeal) throw new NotFound();
    if (appeal.status !== 'pending') throw new Conflict('moderation.errors.alreadyDecided');
    const decided = appeal.sanctionId ? await onSanction(tx, actor, appeal, appeal.sanctionId, data) : await onContent(tx, actor, appeal, appeal.actionId!, data);
    await tx.update(appeals).set({ status: decided.status, decidedBy: actor.id, decidedAt: new Date(), decisionNote: data.note }).where(eq(appeals.id, appeal.id));
    const notified = await writeNotifications(tx, actor.id, [{ userId: appeal.appellantId, kind: 'appeal_decided', actorId: null, ...decided.notice }]);
    return { ...decided, notified };
  });
  announceNotifications(done.notified);
  announceQueue();
  if (done.status === 'upheld' && done.target) await announceTarget(done.target);
  return { status: done.status };
}

type Data = z.output<typeof input>;

async function onContent(tx: Tx, actor: Actor, appeal: Appeal, actionId: string, data: Data): Promise<Decided> {
  const [action] = await tx.select().from(moderationActions).where(eq(moderationActions.id, actionId)).limit(1);
  const target = await loadTarget(tx, { targetType: action!.targetType, targetId: action!.targetId }, true);
  const refusal = moderationRefusal(actor, 'decide_appeal', { ...target, decidedBy: action!.actorId });
  if (refusal) refuse(refusal, 'decide_appeal', target.targetType);
  const status: Status = !data.upheld ? 'rejected' : action!.action === 'redact' ? 'acknowledged' : 'upheld';
  if (status === 'upheld') {
    await setHidden(tx, target, null);
    await tx.insert(moderationActions).values({
      targetType: target.targetType,
      targetId: target.targetId,
      action: 'restore',
      note: data.note,
      actorId: actor.id,
      authorId: target.authorId,
      data: { appealId: appeal.id },
    });
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: `moderation.appeal_${status}`,
    targetType: target.targetType,
    targetId: target.targetId,
    reason: data.note,
    before: { appeal: appeal.id, decision: action!.action, hiddenReason: target.hiddenReason },
    after: { status },
  });
  return { status, notice: { moderationActionId: action!.id }, target };
}

async function onSanction(tx: Tx, actor: Actor, appeal: Appeal, sanctionId: string, data: Data): Promise<Decided> {
  const [sanction] = await tx.select().from(sanctions).where(eq(sanctions.id, sanctionId)).for('update').limit(1);
  const refusal = sanctionReviewRefusal(actor, 'decide_appeal', sanction!);
  if (refusal) refuse(refusal, 'decide_appeal', 'user');
  const status: Status = data.upheld ? 'upheld' : 'rejected';
  // A sanction that ended by itself meanwhile is still marked lifted: the record says it was wrong.
  const lifted = status === 'upheld' && sanction!.liftedAt === null ? await liftInTx(tx, sanction!, actor.id, data.note) : null;
  await recordAudit(tx, {
    actorId: actor.id,
    action: `moderation.appeal_${status}`,
    targetType: 'user',
    targetId: sanction!.userId,
    reason: data.note,
    before: { appeal: appeal.id, sanction: sanction!.id, kind: sanction!.kind, status: lifted?.before.status },
    after: { status, account: lifted?.after.status },
  });
  return { status, notice: { sanctionId: sanction!.id } };
}
