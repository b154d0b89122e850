import { and, eq, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaints, incidents } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { applyChange } from '../apply';
import { idempotencyKeyField, messageField, uuidField } from '../fields';
import { FINAL, isFinal, type Action, transition } from '../lifecycle';
import { guardPersonalData } from '../pii-guard';
import { recordEvents } from '../record';
import { lockTargets } from '../target';
import { lockIncident } from './load';

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
export const postIncidentUpdate = defineVerb({
  permission: 'manage:incidents',
  name: 'incidents.postUpdate',
  input,
  load: async (db, data) => {
    const incident = await lockIncident(db, data.incidentId);
    const live = await db
      .select({ id: complaints.id })
      .from(complaints)
      .where(and(eq(complaints.incidentId, incident.id), notInArray(complaints.status, [...FINAL])));
    return { incident, targets: await lockTargets(db, live.map((c) => c.id)) };
  },
  run: async (ctx, data, { incident, targets }) => {
    // Incident updates reach many people: personal data is simply not allowed in them.
    const { body } = guardPersonalData({ body: data.body }, null, false).public;
    if (data.resolves) await ctx.tx.update(incidents).set({ resolvedAt: sql`coalesce(${incidents.resolvedAt}, now())` }).where(eq(incidents.id, incident.id));
    const wanted: Action = data.resolves ? 'propose_solution' : 'progress_update';
    let updated = 0;
    for (const { complaint: c } of targets) {
      // Listed before its own lock: one that ended or moved elsewhere meanwhile is left out, and nobody answers their own.
      if (c.incidentId !== incident.id || isFinal(c.status) || c.authorId === ctx.actor.id) continue;
      const said = await applyChange(ctx.tx, c, {
        actorId: ctx.actor.id,
        party: 'staff',
        action: transition(c.status, wanted, 'staff') ? wanted : undefined,
        event: { kind: 'incident_update', bodyMd: body, data: { incidentId: incident.id, title: incident.title }, idempotencyKey: `${data.idempotencyKey}:${c.id}` },
      });
      if ((await recordEvents(ctx, c, [said], { audited: true })).events.length > 0) updated++;
    }
    return { updated };
  },
});
