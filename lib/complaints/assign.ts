import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { complaints, staffTeams, users } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { type Actor } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { applyChange, type ComplaintRow } from './apply';
import { uuidField } from './fields';
import { recordEvents } from './record';
import { onComplaint } from './target';

const optionalId = z.union([z.literal(''), z.null(), uuidField]).optional().transform((v) => v || null);

export const assignmentFields = { assigneeId: optionalId, teamId: optionalId };

const input = z.object({ complaintId: uuidField, ...assignmentFields });

export type AssignInput = z.input<typeof input>;
export type Assignment = { assigneeId: string | null; teamId: string | null };

/** Only active staff and live teams can own a complaint. */
export async function checkAssignment(tx: Tx, a: Assignment): Promise<void> {
  if (a.assigneeId) {
    const [person] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, a.assigneeId), inArray(users.role, ['staff', 'manager']), eq(users.status, 'active'))).limit(1);
    if (!person) throw new Invalid({ assigneeId: ['complaints.errors.assignee'] });
  }
  if (a.teamId) {
    const [team] = await tx.select({ id: staffTeams.id }).from(staffTeams).where(and(eq(staffTeams.id, a.teamId), eq(staffTeams.archived, false))).limit(1);
    if (!team) throw new Invalid({ teamId: ['complaints.errors.team'] });
  }
}

/** Assigns one complaint inside the caller's transaction; nothing is written when nothing changes. */
export async function assignIn(tx: Tx, actor: Actor, c: ComplaintRow, a: Assignment) {
  if (c.assigneeId === a.assigneeId && c.assigneeTeamId === a.teamId) return null;
  await tx.update(complaints).set({ assigneeId: a.assigneeId, assigneeTeamId: a.teamId }).where(eq(complaints.id, c.id));
  return applyChange(tx, { ...c, assigneeId: a.assigneeId, assigneeTeamId: a.teamId }, { actorId: actor.id, party: 'staff', event: { kind: 'assigned', visibility: 'internal', data: { assigneeId: a.assigneeId, teamId: a.teamId } } });
}

/** To a person, a team, or both (a team member who took it on); empty both to unassign. */
export const assignComplaint = defineVerb({
  name: 'complaints.assign',
  input,
  ...onComplaint('manage:complaint'),
  run: async (ctx, data, { complaint: c }) => {
    await checkAssignment(ctx.tx, data);
    return recordEvents(ctx, c, [await assignIn(ctx.tx, ctx.actor, c, data)], { audited: true });
  },
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as assignInput };
