import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { followUpEvents, followUps } from '@/db/schema';
import { MAX_NOTE } from './fields';
import { refusal } from '@/lib/policy';
import { optionalText } from '@/lib/validation/fields';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { idempotencyKeyField, outcomeField, uuidField } from './fields';
import { refreshRisk } from './refresh';
import { lockFollowUp } from './target';

const input = z.object({ followUpId: uuidField, outcome: outcomeField, note: optionalText(MAX_NOTE), idempotencyKey: idempotencyKeyField });

export type CloseFollowUpInput = z.input<typeof input>;

/**
 * Ends a follow-up with its outcome. When the member was reached (or needed nothing), what their risk
 * said until now is settled, and their level is recomputed at once; a complaint still waiting is not.
 */
export const closeFollowUp = defineVerb({
  name: 'atRisk.closeFollowUp',
  input,
  load: (db, { followUpId }) => lockFollowUp(db, followUpId),
  policy: (actor, target) => refusal(actor, 'close:follow_up', target),
  replay: async (db, { idempotencyKey }, actor) => {
    const [row] = await db.select({ id: followUpEvents.id }).from(followUpEvents).where(and(eq(followUpEvents.actorId, actor.id), eq(followUpEvents.idempotencyKey, idempotencyKey))).limit(1);
    return row;
  },
  run: async (ctx, data, { followUp }) => {
    const { tx, now } = ctx;
    await tx.update(followUps).set({ closedAt: now, outcome: data.outcome }).where(eq(followUps.id, followUp.id));
    const [event] = await tx
      .insert(followUpEvents)
      .values({ followUpId: followUp.id, kind: 'closed', actorId: ctx.actor.id, outcome: data.outcome, note: data.note, idempotencyKey: data.idempotencyKey, createdAt: now })
      .returning({ id: followUpEvents.id });
    await refreshRisk(ctx, [followUp.memberId], now);
    ctx.publish(rooms.staff, 'atrisk:changed', {});
    return event!;
  },
  audit: (_event, data, { followUp }) => ({ action: 'follow_up.close', targetType: 'user', targetId: followUp.memberId, after: { followUpId: followUp.id, outcome: data.outcome } }),
});
