import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { complaints, users } from '@/db/schema';
import type { NewNotification } from '@/lib/notifications/write';
import { rooms } from '@/lib/realtime/io';
import { definePublicVerb } from '@/lib/verb';
import { type BreachClock, type ComplaintRow, recordBreach } from '../apply';
import { handlersOf } from '../notify';

const BATCH = 100;
const LIVE = sql.raw(`('open', 'acknowledged', 'in_progress')`);

export async function managerIds(db: Executor): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'manager'), eq(users.status, 'active')));
  return rows.map((r) => r.id);
}

/**
 * Finds complaints whose company clock ran out (or is about to) and tells people, once per due time.
 * A breach escalates to the managers as well as to whoever handles the complaint; a warning goes to
 * the handlers only. The system acts, with no actor. Rows are claimed with SKIP LOCKED, so several app
 * processes never repeat a job.
 */
const sweep = definePublicVerb({
  name: 'complaints.slaSweep',
  input: z.object({ now: z.date() }),
  load: async (db, { now }) => {
    const at = now.toISOString();
    // In the last fifth of its interval, not yet warned nor breached.
    const warnNow = sql`(c.sla_warned_at is null and c.breached_at is null and c.next_due_at > ${at}
      and c.next_due_at <= ${at}::timestamptz + make_interval(secs => 12 * coalesce(case when c.first_response_at is null then p.first_response_minutes else p.update_minutes end, 0)))`;
    const claimed = (await db.execute(sql`
      select c.id, ${warnNow} as warn from ${complaints} c
      left join sla_policies p on p.priority = c.priority
      where c.status in ${LIVE}
        and (
          (c.next_due_at <= ${at} and c.breached_at is null)
          or (c.resolution_due_at <= ${at} and not exists (
            select 1 from complaint_events e where e.complaint_id = c.id and e.kind = 'sla_breached' and e.data->>'clock' = 'resolution'))
          or ${warnNow}
        )
      order by c.next_due_at
      limit ${BATCH}
      for update of c skip locked`)) as unknown as { rows: { id: string; warn: boolean }[] };
    const ids = claimed.rows.map((r) => r.id);
    // A row claimed for its resolution clock alone is not therefore due a warning.
    const toWarn = new Set(claimed.rows.filter((r) => r.warn).map((r) => r.id));
    return { rows: ids.length === 0 ? [] : await db.select().from(complaints).where(inArray(complaints.id, ids)), toWarn };
  },
  run: async (ctx, { now }, { rows, toWarn }) => {
    const { tx } = ctx;
    if (rows.length === 0) return { breached: 0, warned: 0 };
    const managers = await managerIds(tx);
    let breached = 0;
    let warned = 0;
    const tell = (c: ComplaintRow, kind: NewNotification['kind'], eventId: number | null, people: string[]) =>
      ctx.notify(people.map((userId) => ({ userId, kind, complaintId: c.id, complaintEventId: eventId })));
    for (const c of rows) {
      const handlers = await handlersOf(tx, c);
      if (c.nextDueAt && c.nextDueAt <= now && !c.breachedAt) {
        const clock: BreachClock = c.firstResponseAt ? 'update' : 'first_response';
        const eventId = await recordBreach(tx, c.id, clock, c.nextDueAt, now);
        await tx.update(complaints).set({ breachedAt: now }).where(eq(complaints.id, c.id));
        await tell(c, 'complaint_sla_breached', eventId, [...new Set([...handlers, ...managers])]);
        breached++;
      } else if (toWarn.has(c.id)) {
        await tx.update(complaints).set({ slaWarnedAt: now }).where(eq(complaints.id, c.id));
        await tell(c, 'complaint_sla_warning', null, handlers);
        warned++;
      }
      if (c.resolutionDueAt && c.resolutionDueAt <= now) {
        const eventId = await recordBreach(tx, c.id, 'resolution', c.resolutionDueAt, now);
        if (eventId !== null) await tell(c, 'complaint_sla_breached', eventId, [...new Set([...handlers, ...managers])]);
      }
    }
    if (breached + warned > 0) ctx.publish(rooms.staff, 'inbox:changed', {});
    return { breached, warned };
  },
});

export const sweepSla = (now = new Date()) => sweep({ actor: null, input: { now } });
