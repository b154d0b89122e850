import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { complaints, followUpEvents, followUps, memberRisk, users } from '@/db/schema';
import { Conflict, Invalid } from '@/lib/errors';
import { hasRole, refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb, Replayed } from '@/lib/verb';
import { assertDueAhead, channelField, dueField, idempotencyKeyField, MAX_NOTE, uuidField } from './fields';
import { loadMember } from './target';
import { optionalText } from '@/lib/validation/fields';

const input = z.object({
  memberId: uuidField,
  assigneeId: z.uuid('atRisk.errors.assignee'),
  channel: channelField,
  dueAt: dueField,
  complaintId: z
    .union([z.literal(''), z.uuid('errors.invalidField')])
    .optional()
    .transform((v) => v || null),
  note: optionalText(MAX_NOTE),
  idempotencyKey: idempotencyKeyField,
});

export type OpenFollowUpInput = z.input<typeof input>;

async function replay(db: Executor, idempotencyKey: string, openedBy: string) {
  const [row] = await db.select().from(followUps).where(and(eq(followUps.openedBy, openedBy), eq(followUps.idempotencyKey, idempotencyKey))).limit(1);
  return row;
}

/**
 * Staff reach out to a member at risk: a person, a due date, a channel. A private message goes through
 * one of the member's complaints, so it names which. One open follow-up per member; the assignee is told.
 */
export const openFollowUp = defineVerb({
  name: 'atRisk.openFollowUp',
  input,
  load: (db, { memberId }) => loadMember(db, memberId),
  policy: (actor, member) => refusal(actor, 'open:follow_up', member),
  replay: (db, { idempotencyKey }, actor) => replay(db, idempotencyKey, actor.id),
  run: async (ctx, data, member) => {
    const { tx, now } = ctx;
    assertDueAhead(data.dueAt, now);
    const [assignee] = await tx.select({ id: users.id, role: users.role, status: users.status }).from(users).where(eq(users.id, data.assigneeId)).limit(1);
    if (!assignee || !hasRole(assignee, 'staff') || assignee.status !== 'active') throw new Invalid({ assigneeId: ['atRisk.errors.assignee'] });
    const [complaint] = data.complaintId
      ? await tx.select({ id: complaints.id, branchId: complaints.branchId }).from(complaints).where(and(eq(complaints.id, data.complaintId), eq(complaints.authorId, member.id))).limit(1)
      : [];
    if (data.complaintId && !complaint) throw new Invalid({ complaintId: ['atRisk.errors.complaint'] });
    if (data.channel === 'private_message' && !complaint) throw new Invalid({ complaintId: ['atRisk.errors.complaintNeeded'] });
    const [open] = await tx.select({ id: followUps.id }).from(followUps).where(and(eq(followUps.memberId, member.id), isNull(followUps.closedAt))).limit(1);
    // The open one may be this very request's twin, committed a moment ago: then its row is the answer.
    if (open) throw (await replay(tx, data.idempotencyKey, ctx.actor.id)) ? new Replayed() : new Conflict('atRisk.errors.alreadyOpen');
    const [risk] = await tx.select({ since: memberRisk.since, branchIds: memberRisk.branchIds }).from(memberRisk).where(eq(memberRisk.userId, member.id)).limit(1);
    const [row] = await tx
      .insert(followUps)
      .values({
        memberId: member.id,
        assigneeId: assignee.id,
        openedBy: ctx.actor.id,
        channel: data.channel,
        complaintId: complaint?.id ?? null,
        branchId: complaint?.branchId ?? risk?.branchIds[0] ?? null,
        signalAt: risk?.since ?? now,
        openedAt: now,
        dueAt: data.dueAt,
        idempotencyKey: data.idempotencyKey,
      })
      .onConflictDoNothing()
      .returning();
    // A concurrent twin with this key got there first (the frame answers with its row), or someone else opened one.
    if (!row) throw (await replay(tx, data.idempotencyKey, ctx.actor.id)) ? new Replayed() : new Conflict('atRisk.errors.alreadyOpen');
    await tx.insert(followUpEvents).values({ followUpId: row.id, kind: 'opened', actorId: ctx.actor.id, channel: data.channel, note: data.note, createdAt: now });
    await ctx.notify([{ userId: assignee.id, kind: 'follow_up_assigned', actorId: member.id, createdAt: now }]);
    ctx.publish(rooms.staff, 'atrisk:changed', {});
    return row;
  },
  audit: (row) => ({ action: 'follow_up.open', targetType: 'user', targetId: row.memberId, after: { followUpId: row.id, assigneeId: row.assigneeId, channel: row.channel, dueAt: row.dueAt.toISOString() } }),
});
