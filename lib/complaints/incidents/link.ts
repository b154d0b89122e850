import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { complaints } from '@/db/schema';
import { applyChange, type ComplaintRow } from '../apply';
import { isFinal } from '../lifecycle';

/** Puts one complaint under an incident, telling its public timeline which one. */
export async function linkIn(tx: Tx, actorId: string, c: ComplaintRow, incident: { id: string; title: string }) {
  if (c.incidentId === incident.id || isFinal(c.status)) return null;
  await tx.update(complaints).set({ incidentId: incident.id }).where(eq(complaints.id, c.id));
  return applyChange(tx, { ...c, incidentId: incident.id }, { actorId, party: 'staff', event: { kind: 'incident_linked', data: { incidentId: incident.id, title: incident.title } } });
}
