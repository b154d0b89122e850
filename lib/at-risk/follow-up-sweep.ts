import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { followUpEvents, followUps } from '@/db/schema';
import { managerIds } from '@/lib/complaints/jobs/sla-sweep';
import { rooms } from '@/lib/realtime/io';
import { definePublicVerb } from '@/lib/verb';

const BATCH = 100;

/**
 * Follow-ups past their due date escalate like complaints past their SLA: once, to the assignee and
 * every manager, in the periodic jobs (lib/jobs/schedule.ts). Rows are claimed with SKIP LOCKED, so
 * several processes never escalate one twice.
 */
const sweep = definePublicVerb({
  name: 'atRisk.followUpSweep',
  input: z.object({ now: z.date() }),
  load: async (db, { now }) => {
    const claimed = (await db.execute(sql`
      select id from ${followUps}
      where closed_at is null and breached_at is null and due_at <= ${now.toISOString()}
      order by due_at limit ${BATCH}
      for update skip locked`)) as unknown as { rows: { id: string }[] };
    const ids = claimed.rows.map((r) => r.id);
    return ids.length === 0 ? [] : db.select().from(followUps).where(inArray(followUps.id, ids));
  },
  run: async (ctx, { now }, rows) => {
    if (rows.length === 0) return 0;
    const { tx } = ctx;
    const managers = await managerIds(tx);
    await tx.update(followUps).set({ breachedAt: now }).where(inArray(followUps.id, rows.map((f) => f.id)));
    await tx.insert(followUpEvents).values(rows.map((f) => ({ followUpId: f.id, kind: 'breached' as const, createdAt: now })));
    for (const f of rows) await ctx.notify([...new Set([f.assigneeId, ...managers])].map((userId) => ({ userId, kind: 'follow_up_breached' as const, actorId: f.memberId, createdAt: now })));
    ctx.publish(rooms.staff, 'atrisk:changed', {});
    return rows.length;
  },
});

export const sweepFollowUps = (now = new Date()) => sweep({ actor: null, input: { now } });
