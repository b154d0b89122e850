import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { appeals, moderationActions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/auth/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { announceNotifications, writeNotifications } from '@/lib/notifications/write';
import { uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceQueue, refuse } from './act';
import { noteField } from './fields';
import { announceTarget } from './live';
import { moderationRefusal } from './policy';
import { loadTarget, setHidden } from './targets';

const input = z.object({ appealId: uuidField, upheld: z.enum(['true', 'false'], 'errors.invalidField').transform((v) => v === 'true'), note: noteField });

export type DecideAppealInput = z.input<typeof input>;

/**
 * Another moderator than the one who hid it answers the appeal. Upheld, the content is public again
 * (a restore decision in the record); rejected, it stays hidden. The author is told either way.
 */
export async function decideAppeal({ actor, input: raw }: { actor: Actor; input: DecideAppealInput }) {
  const data = parseInput(input, raw);
  const done = await getDb().transaction(async (tx) => {
    const [appeal] = await tx.select().from(appeals).where(eq(appeals.id, data.appealId)).for('update').limit(1);
    if (!appeal) throw new NotFound();
    if (appeal.status !== 'pending') throw new Conflict('moderation.errors.alreadyDecided');
    const [action] = await tx.select().from(moderationActions).where(eq(moderationActions.id, appeal.actionId)).limit(1);
    const target = await loadTarget(tx, { targetType: action!.targetType, targetId: action!.targetId }, true);
    const refusal = moderationRefusal(actor, 'decide_appeal', { ...target, decidedBy: action!.actorId });
    if (refusal) refuse(refusal, 'decide_appeal', target.targetType);
    const status = data.upheld ? 'upheld' : 'rejected';
    await tx.update(appeals).set({ status, decidedBy: actor.id, decidedAt: new Date(), decisionNote: data.note }).where(eq(appeals.id, appeal.id));
    if (data.upheld) {
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
    const notified = await writeNotifications(tx, actor.id, [{ userId: appeal.appellantId, kind: 'appeal_decided', actorId: null, moderationActionId: action!.id }]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `moderation.appeal_${status}`,
      targetType: target.targetType,
      targetId: target.targetId,
      reason: data.note,
      before: { appeal: appeal.id, hiddenReason: target.hiddenReason },
      after: { status },
    });
    return { target, notified, status };
  });
  announceNotifications(done.notified);
  announceQueue();
  if (data.upheld) await announceTarget(done.target);
  return { status: done.status };
}
