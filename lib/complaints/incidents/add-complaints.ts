import { z } from 'zod';
import type { Executor } from '@/db/client';
import { defineVerb } from '@/lib/verb';
import { uuidField } from '../fields';
import { lockTargets } from '../target';
import { complaintIdsField } from './fields';
import { linkAll } from './link';
import { lockIncident } from './load';

const input = z.object({ incidentId: uuidField, complaintIds: complaintIdsField });

export type AddToIncidentInput = z.input<typeof input>;

/** The incident first, then its new complaints in id order: the same order as every other incident verb. */
export async function lockForLinking(db: Executor, incidentId: string, complaintIds: readonly string[]) {
  return { incident: await lockIncident(db, incidentId), targets: await lockTargets(db, complaintIds) };
}

/** More complaints with the same cause join an existing incident. */
export const addComplaintsToIncident = defineVerb({
  permission: 'manage:incidents',
  name: 'incidents.addComplaints',
  input,
  load: (db, data) => lockForLinking(db, data.incidentId, data.complaintIds),
  run: async (ctx, _data, { incident, targets }) => ({ linked: await linkAll(ctx, incident, targets) }),
});
