import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { crisisAlerts } from '@/db/schema';
import { rooms } from '@/lib/realtime/io';
import { definePublicVerb } from '@/lib/verb';
import { detectSpikes, type Spike } from '../metrics/radar';
import { managerIds } from './sla-sweep';

/** A spike is one alert: the same category or branch is not announced again within this time. */
export const REALERT_AFTER_MS = 24 * 3_600_000;

// Any constant shared by every process serialises the radar's check-then-insert.
const RADAR_LOCK = 0x7e57_0a1e;

/**
 * Looks for spikes and tells every manager, in the app, about each new one. The system acts, with no
 * actor. Several processes may run it: the check and the alert are one transaction under an advisory
 * lock, so a spike is told once.
 */
const radar = definePublicVerb({
  name: 'complaints.crisisRadar',
  input: z.object({ now: z.date() }),
  // The figures are read before the transaction: the spikes are what the alerts are about.
  prepare: ({ now }) => detectSpikes(now),
  run: async (ctx, { now }, _target, spikes) => {
    const { tx } = ctx;
    if (spikes.length === 0) return [];
    await tx.execute(sql`select pg_advisory_xact_lock(${RADAR_LOCK})`);
    const told: Spike[] = [];
    const managers = await managerIds(tx);
    for (const spike of spikes) {
      const recent = await tx
        .select({ id: crisisAlerts.id })
        .from(crisisAlerts)
        .where(and(eq(crisisAlerts.scope, spike.scope), eq(crisisAlerts.scopeId, spike.id), gt(crisisAlerts.createdAt, new Date(now.getTime() - REALERT_AFTER_MS))))
        .limit(1);
      if (recent.length > 0) continue;
      await tx.insert(crisisAlerts).values({
        scope: spike.scope,
        scopeId: spike.id,
        windowStart: spike.windowStart,
        windowEnd: spike.windowEnd,
        observed: spike.observed,
        expected: spike.expected,
        pValue: spike.p,
        createdAt: now,
      });
      // The newest complaint of the spike names it in the bell; the link leads to the radar.
      await ctx.notify(managers.map((userId) => ({ userId, kind: 'crisis_alert' as const, complaintId: spike.complaintIds[0], createdAt: now })));
      told.push(spike);
    }
    if (told.length > 0) ctx.publish(rooms.staff, 'inbox:changed', {});
    return told;
  },
});

export const crisisRadar = (now = new Date()) => radar({ actor: null, input: { now } });
