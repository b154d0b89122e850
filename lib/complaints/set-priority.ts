import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { complaints } from '@/db/schema';
import { type Actor } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { applyChange, type ComplaintRow, reclock } from './apply';
import { priorityField, uuidField } from './fields';
import { recordEvents } from './record';
import { onComplaint } from './target';
import type { Priority } from './sla';

const input = z.object({ complaintId: uuidField, priority: priorityField });

export type SetPriorityInput = z.input<typeof input>;

/** A new priority re-reads the whole SLA clock from that priority's policy. */
export async function prioritizeIn(tx: Tx, actor: Actor, c: ComplaintRow, priority: Priority) {
  if (c.priority === priority) return null;
  const next = { ...c, priority };
  const clock = await reclock(tx, next);
  await tx.update(complaints).set({ priority, ...clock }).where(eq(complaints.id, c.id));
  return applyChange(tx, { ...next, ...clock }, { actorId: actor.id, party: 'staff', event: { kind: 'priority_changed', visibility: 'internal', data: { from: c.priority, to: priority } } });
}

export const setComplaintPriority = defineVerb({
  name: 'complaints.setPriority',
  input,
  ...onComplaint('manage:complaint'),
  run: async (ctx, data, { complaint: c }) => recordEvents(ctx, c, [await prioritizeIn(ctx.tx, ctx.actor, c, data.priority)], { audited: true }),
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as setPriorityInput };
