import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { appeals, sanctions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { announceNotifications, writeNotifications } from '@/lib/notifications/write';
import { uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { refuse } from './act';
import { liftInTx } from './measures';
import { sanctionReviewRefusal } from './policy';

const input = z.object({
  sanctionId: uuidField,
  note: z.string().trim().min(5, 'moderation.errors.sanctionReason').max(500, 'errors.tooLong'),
});

export type LiftSanctionInput = z.input<typeof input>;

/** A sanction that can still be lifted: not lifted already, and not over by itself. */
export function stillStands(s: { liftedAt: Date | null; endsAt: Date | null }, now = new Date()): boolean {
  return s.liftedAt === null && (s.endsAt === null || s.endsAt > now);
}

/**
 * A manager ends a sanction early. The member hears so; a pending appeal against it is settled in their
 * favour. Lifting needs no new sign-in and closes no socket: the account is simply allowed again from
 * the next request.
 */
export async function liftSanction({ actor, input: raw }: { actor: Actor; input: LiftSanctionInput }) {
  const data = parseInput(input, raw);
  const notified = await getDb().transaction(async (tx) => {
    const [sanction] = await tx.select().from(sanctions).where(eq(sanctions.id, data.sanctionId)).for('update').limit(1);
    if (!sanction) throw new NotFound();
    const refusal = sanctionReviewRefusal(actor, 'lift', sanction);
    if (refusal) refuse(refusal, 'lift', 'user');
    if (!stillStands(sanction)) throw new Conflict('moderation.errors.notInForce');
    const { before, after } = await liftInTx(tx, sanction, actor.id, data.note);
    await tx
      .update(appeals)
      .set({ status: 'upheld', decidedBy: actor.id, decidedAt: new Date(), decisionNote: data.note })
      .where(and(eq(appeals.sanctionId, sanction.id), eq(appeals.status, 'pending')));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'moderation.sanction_lifted',
      targetType: 'user',
      targetId: sanction.userId,
      reason: data.note,
      before: { sanction: sanction.id, kind: sanction.kind, status: before.status, statusUntil: before.statusUntil },
      after: { status: after.status, statusUntil: after.statusUntil },
    });
    return writeNotifications(tx, actor.id, [{ userId: sanction.userId, kind: 'sanction_lifted', actorId: null, sanctionId: sanction.id }]);
  });
  announceNotifications(notified);
}
