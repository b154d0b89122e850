import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { appeals, moderationActions, sanctions } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import type { NewNotification } from '@/lib/notifications/write';
import { refusal } from '@/lib/policy';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb, type VerbContext } from '@/lib/verb';
import { type ActionRow, insertDecision, refreshQueue } from './decision';
import { noteField } from './fields';
import { announceTarget } from './live';
import { liftInTx } from './measures';
import { loadTarget, setHidden, type Target } from './targets';

const input = z.object({ appealId: uuidField, upheld: z.enum(['true', 'false'], 'errors.invalidField').transform((v) => v === 'true'), note: noteField });

type Appeal = typeof appeals.$inferSelect;
type Sanction = typeof sanctions.$inferSelect;
type Status = Exclude<Appeal['status'], 'pending'>;
type Data = z.output<typeof input>;
/** What the appeal is against: a decision on content (with the item as it is now) or a sanction. */
type Subject = { appeal: Appeal } & ({ action: ActionRow; target: Target & { decidedBy: string | null } } | { sanction: Sanction });

async function loadSubject(db: Executor, data: Data): Promise<Subject> {
  const [appeal] = await db.select().from(appeals).where(eq(appeals.id, data.appealId)).for('update').limit(1);
  if (!appeal) throw new NotFound();
  if (appeal.sanctionId) {
    const [sanction] = await db.select().from(sanctions).where(eq(sanctions.id, appeal.sanctionId)).for('update').limit(1);
    return { appeal, sanction: sanction! };
  }
  const [action] = await db.select().from(moderationActions).where(eq(moderationActions.id, appeal.actionId!)).limit(1);
  const target = await loadTarget(db, { targetType: action!.targetType, targetId: action!.targetId }, true);
  return { appeal, action: action!, target: { ...target, decidedBy: action!.actorId } };
}

/**
 * Someone other than the one who decided answers the appeal, and the appellant is told either way.
 * Upheld, a hiding is undone (a restore decision in the record), a redaction only acknowledged (its
 * fragment was kept nowhere), and a sanction lifted.
 */
export const decideAppeal = defineVerb({
  name: 'moderation.decide_appeal',
  input,
  load: loadSubject,
  policy: (actor, subject) => ('sanction' in subject ? refusal(actor, 'decide:sanction_appeal', subject.sanction) : refusal(actor, 'decide:appeal', subject.target)),
  run: async (ctx, data, subject): Promise<{ status: Status }> => {
    const { appeal } = subject;
    if (appeal.status !== 'pending') throw new Conflict('moderation.errors.alreadyDecided');
    const { status, notice } = 'sanction' in subject ? await onSanction(ctx, data, appeal, subject.sanction) : await onContent(ctx, data, appeal, subject.action, subject.target);
    await ctx.tx.update(appeals).set({ status, decidedBy: ctx.actor.id, decidedAt: ctx.now, decisionNote: data.note }).where(eq(appeals.id, appeal.id));
    await ctx.notify([{ userId: appeal.appellantId, kind: 'appeal_decided', actorId: null, ...notice }]);
    refreshQueue(ctx);
    return { status };
  },
});

type Decided = { status: Status; notice: Pick<NewNotification, 'moderationActionId' | 'sanctionId'> };

async function onContent(ctx: VerbContext, data: Data, appeal: Appeal, action: ActionRow, target: Target): Promise<Decided> {
  const status: Status = !data.upheld ? 'rejected' : action.action === 'redact' ? 'acknowledged' : 'upheld';
  if (status === 'upheld') {
    await setHidden(ctx.tx, target, null);
    await insertDecision(ctx.tx, ctx.actor.id, target, { action: 'restore', note: data.note, data: { appealId: appeal.id } });
    ctx.afterCommit(() => announceTarget(target));
  }
  await ctx.audit({
    action: `moderation.appeal_${status}`,
    targetType: target.targetType,
    targetId: target.targetId,
    reason: data.note,
    before: { appeal: appeal.id, decision: action.action, hiddenReason: target.hiddenReason },
    after: { status },
  });
  return { status, notice: { moderationActionId: action.id } };
}

async function onSanction(ctx: VerbContext, data: Data, appeal: Appeal, sanction: Sanction): Promise<Decided> {
  const status: Status = data.upheld ? 'upheld' : 'rejected';
  // A sanction that ended by itself meanwhile is still marked lifted: the record says it was wrong.
  const lifted = status === 'upheld' && sanction.liftedAt === null ? await liftInTx(ctx.tx, sanction, ctx.actor.id, data.note) : null;
  await ctx.audit({
    action: `moderation.appeal_${status}`,
    targetType: 'user',
    targetId: sanction.userId,
    reason: data.note,
    before: { appeal: appeal.id, sanction: sanction.id, kind: sanction.kind, status: lifted?.before.status },
    after: { status, account: lifted?.after.status },
  });
  return { status, notice: { sanctionId: sanction.id } };
}
