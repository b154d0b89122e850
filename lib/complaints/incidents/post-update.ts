import { and, eq, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaints, incidents } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { getDb } from '@/db/client';
import { applyChange } from '../apply';
import { idempotencyKeyField, messageField, uuidField } from '../fields';
import { isFinal, type Action, transition } from '../lifecycle';
import { mutateComplaints } from '../mutate';
import { guardPersonalData } from '../pii-guard';
import { type IncidentRow, lockIncident } from './load';

const input = z.object({
  incidentId: uuidField,
  body: messageField,
  // "This solves it": a solution is proposed on every linked complaint at once; each author confirms.
  resolves: z.union([z.boolean(), z.enum(['on', 'true', 'false'])]).optional().transform((v) => v === true || v === 'on' || v === 'true'),
  idempotencyKey: idempotencyKeyField,
});

export type IncidentUpdateInput = z.input<typeof input>;

/**
 * One official update reaches every live complaint of the incident and, through them, their authors
 * and followers. Each complaint moves as its own lifecycle allows: an update puts a waiting one in
 * progress; one that already awaits its author's answer is told without moving.
 */
export async function postIncidentUpdate({ actor, input: raw }: { actor: Actor; input: IncidentUpdateInput }) {
  assertCan(actor, 'manage:incidents');
  const data = parseInput(input, raw);
  // Incident updates reach many people: personal data is simply not allowed in them.
  const { body } = guardPersonalData({ body: data.body }, null, false).public;
  const linked = await getDb()
    .select({ id: complaints.id })
    .from(complaints)
    .where(and(eq(complaints.incidentId, data.incidentId), notInArray(complaints.status, ['resolved', 'closed'])));
  const { done } = await mutateComplaints<IncidentRow>(
    linked.map((c) => c.id),
    true,
    async (tx, c, _facts, incident) => {
      if (c.incidentId !== incident.id || isFinal(c.status) || c.authorId === actor.id) return [];
      const wanted: Action = data.resolves ? 'propose_solution' : 'progress_update';
      const action = transition(c.status, wanted, 'staff') ? wanted : undefined;
      return [
        await applyChange(tx, c, {
          actorId: actor.id,
          party: 'staff',
          action,
          event: { kind: 'incident_update', bodyMd: body, data: { incidentId: incident.id, title: incident.title }, idempotencyKey: `${data.idempotencyKey}:${c.id}` },
        }),
      ];
    },
    async (tx) => {
      const incident = await lockIncident(tx, data.incidentId);
      if (data.resolves) await tx.update(incidents).set({ resolvedAt: sql`coalesce(${incidents.resolvedAt}, now())` }).where(eq(incidents.id, incident.id));
      return incident;
    },
  );
  return { updated: done.filter((d) => d.events.length > 0).length };
}
