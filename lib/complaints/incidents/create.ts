import { z } from 'zod';
import { incidents } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { lockTargets } from '../target';
import { complaintIdsField, incidentFields } from './fields';
import { linkAll } from './link';

const input = z.object({ ...incidentFields, complaintIds: complaintIdsField });

export type CreateIncidentInput = z.input<typeof input>;

/** Groups complaints with one cause under one incident, so one update reaches them all. */
export const createIncident = defineVerb({
  permission: 'manage:incidents',
  name: 'incidents.create',
  input,
  load: (db, data) => lockTargets(db, data.complaintIds),
  run: async (ctx, data, targets) => {
    const [incident] = await ctx.tx.insert(incidents).values({ title: data.title, type: data.type, level: data.level, createdBy: ctx.actor.id }).returning();
    await linkAll(ctx, incident!, targets);
    return { id: incident!.id };
  },
});
