import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { followUpEvents, followUps } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb, Replayed } from '@/lib/verb';
import { channelField, idempotencyKeyField, noteField, uuidField } from './fields';
import { lockFollowUp } from './target';

const input = z.object({ followUpId: uuidField, channel: channelField, note: noteField, idempotencyKey: idempotencyKeyField });

export type LogFollowUpInput = z.input<typeof input>;

/** What happened when staff reached out (a call, a conversation). The first entry is the first contact. */
export const logFollowUp = defineVerb({
  name: 'atRisk.logFollowUp',
  input,
  load: (db, { followUpId }) => lockFollowUp(db, followUpId),
  policy: (actor, target) => refusal(actor, 'log:follow_up', target),
  replay: async (db, { idempotencyKey }, actor) => {
    const [row] = await db.select().from(followUpEvents).where(and(eq(followUpEvents.actorId, actor.id), eq(followUpEvents.idempotencyKey, idempotencyKey))).limit(1);
    return row;
  },
  run: async (ctx, data, { followUp }) => {
    const { tx, now } = ctx;
    const [event] = await tx
      .insert(followUpEvents)
      .values({ followUpId: followUp.id, kind: 'logged', actorId: ctx.actor.id, channel: data.channel, note: data.note, idempotencyKey: data.idempotencyKey, createdAt: now })
      .onConflictDoNothing()
      .returning();
    // A twin with the same key got there first: the frame answers with its entry.
    if (!event) throw new Replayed();
    if (!followUp.firstContactAt) await tx.update(followUps).set({ firstContactAt: now }).where(eq(followUps.id, followUp.id));
    ctx.publish(rooms.staff, 'atrisk:changed', {});
    return event;
  },
  audit: (event, _data, { followUp }) => ({ action: 'follow_up.log', targetType: 'user', targetId: followUp.memberId, after: { followUpId: followUp.id, channel: event.channel } }),
});
