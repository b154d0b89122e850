import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { appeals, sanctions } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { liftInTx } from './measures';

/** A sanction that can still be lifted: not lifted already, and not over by itself. */
export function stillStands(s: { liftedAt: Date | null; endsAt: Date | null }, now = new Date()): boolean {
  return s.liftedAt === null && (s.endsAt === null || s.endsAt > now);
}

/** The sanction a verb acts on, locked for the rest of its transaction. */
export async function loadSanction(db: Executor, id: string) {
  const [sanction] = await db.select().from(sanctions).where(eq(sanctions.id, id)).for('update').limit(1);
  if (!sanction) throw new NotFound();
  return sanction;
}

/**
 * A manager ends a sanction early, which is also how a suspended or banned member is reinstated. The
 * member hears so; a pending appeal against it is settled in their favour. Lifting needs no new sign-in
 * and closes no socket: the account is simply allowed again from the next request.
 */
/** Also the REST API's body (lib/api), less the id its path names. */
export const liftSanctionInput = z.object({
  sanctionId: uuidField,
  note: z.string().trim().min(5, 'moderation.errors.sanctionReason').max(500, 'errors.tooLong'),
});

export const liftSanction = defineVerb({
  name: 'moderation.lift_sanction',
  input: liftSanctionInput,
  load: (db, data) => loadSanction(db, data.sanctionId),
  policy: (actor, sanction) => refusal(actor, 'lift:sanction', sanction),
  run: async (ctx, data, sanction) => {
    if (!stillStands(sanction, ctx.now)) throw new Conflict('moderation.errors.notInForce');
    const lifted = await liftInTx(ctx.tx, sanction, ctx.actor.id, data.note);
    await ctx.tx
      .update(appeals)
      .set({ status: 'upheld', decidedBy: ctx.actor.id, decidedAt: ctx.now, decisionNote: data.note })
      .where(and(eq(appeals.sanctionId, sanction.id), eq(appeals.status, 'pending')));
    await ctx.notify([{ userId: sanction.userId, kind: 'sanction_lifted', actorId: null, sanctionId: sanction.id }]);
    return lifted;
  },
  audit: ({ before, after }, data, sanction) => ({
    action: 'moderation.sanction_lifted',
    targetType: 'user',
    targetId: sanction.userId,
    reason: data.note,
    before: { sanction: sanction.id, kind: sanction.kind, status: before.status, statusUntil: before.statusUntil },
    after: { status: after.status, statusUntil: after.statusUntil },
  }),
});
