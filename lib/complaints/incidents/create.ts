import { z } from 'zod';
import { incidents } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { mutateComplaints } from '../mutate';
import { complaintIdsField, incidentFields } from './fields';
import { linkIn } from './link';
import type { IncidentRow } from './load';

const input = z.object({ ...incidentFields, complaintIds: complaintIdsField });

export type CreateIncidentInput = z.input<typeof input>;

/** Groups complaints with one cause under one incident, so one update reaches them all. */
export async function createIncident({ actor, input: raw }: { actor: Actor; input: CreateIncidentInput }) {
  assertCan(actor, 'manage:incidents');
  const data = parseInput(input, raw);
  const { setup: incident } = await mutateComplaints<IncidentRow>(
    data.complaintIds,
    true,
    async (tx, c, _facts, incident) => [await linkIn(tx, actor.id, c, incident)],
    async (tx) => (await tx.insert(incidents).values({ title: data.title, type: data.type, level: data.level, createdBy: actor.id }).returning())[0]!,
  );
  return { id: incident.id };
}
