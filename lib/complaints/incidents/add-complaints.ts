import { z } from 'zod';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { uuidField } from '../fields';
import { mutateComplaints } from '../mutate';
import { complaintIdsField } from './fields';
import { linkIn } from './link';
import { type IncidentRow, lockIncident } from './load';

const input = z.object({ incidentId: uuidField, complaintIds: complaintIdsField });

export type AddToIncidentInput = z.input<typeof input>;

/** More complaints with the same cause join an existing incident. */
export async function addComplaintsToIncident({ actor, input: raw }: { actor: Actor; input: AddToIncidentInput }) {
  assertCan(actor, 'manage:incidents');
  const data = parseInput(input, raw);
  const { done } = await mutateComplaints<IncidentRow>(data.complaintIds, true, async (tx, c, _facts, incident) => [await linkIn(tx, actor.id, c, incident)], (tx) => lockIncident(tx, data.incidentId));
  return { linked: done.filter((d) => d.events.length > 0).length };
}
