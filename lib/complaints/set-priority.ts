import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { applyChange, type ComplaintRow, reclock } from './apply';
import { priorityField, uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { assertComplaint } from './policy';
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

export async function setComplaintPriority({ actor, input: raw }: { actor: Actor; input: SetPriorityInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, true, async (tx, c, facts) => {
    assertComplaint(actor, 'manage', facts);
    return [await prioritizeIn(tx, actor, c, data.priority)];
  });
}
