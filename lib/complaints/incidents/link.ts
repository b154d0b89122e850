import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { complaints } from '@/db/schema';
import type { VerbContext } from '@/lib/verb';
import { applyChange, type ComplaintRow } from '../apply';
import { isFinal } from '../lifecycle';
import { recordEvents } from '../record';
import type { Target } from '../target';

type Incident = { id: string; title: string };

/** Puts one complaint under an incident, telling its public timeline which one. */
async function linkIn(tx: Tx, actorId: string, c: ComplaintRow, incident: Incident) {
  if (c.incidentId === incident.id || isFinal(c.status)) return null;
  await tx.update(complaints).set({ incidentId: incident.id }).where(eq(complaints.id, c.id));
  return applyChange(tx, { ...c, incidentId: incident.id }, { actorId, party: 'staff', event: { kind: 'incident_linked', data: { incidentId: incident.id, title: incident.title } } });
}

/** Links each of the complaints (locked by the verb's load) that is live and not under it already; returns how many. */
export async function linkAll(ctx: VerbContext, incident: Incident, targets: readonly Target[]): Promise<number> {
  let linked = 0;
  for (const { complaint } of targets) if ((await recordEvents(ctx, complaint, [await linkIn(ctx.tx, ctx.actor.id, complaint, incident)], { audited: true })).events.length > 0) linked++;
  return linked;
}
