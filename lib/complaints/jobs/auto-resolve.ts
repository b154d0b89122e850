import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaints } from '@/db/schema';
import { definePublicVerb } from '@/lib/verb';
import { applyChange } from '../apply';
import { recordEvents } from '../record';

const BATCH = 100;

/**
 * A proposed solution nobody answered within the community's confirmation window counts as accepted
 * (docs/domain.md › Complaint board › Statuses). The system acts, with no actor: the frame without standing. Rows are claimed
 * with SKIP LOCKED, so two runs never resolve one complaint twice, and a member answering right now
 * keeps their row: their answer wins, and the job finds nothing left to resolve.
 */
const resolveDue = definePublicVerb({
  name: 'complaints.autoResolve',
  input: z.object({ now: z.date() }),
  load: async (db, { now }) => {
    const due = (await db.execute(sql`
      select c.id from ${complaints} c
      where c.status = 'solution_proposed'
        and c.solution_proposed_at <= ${now.toISOString()}::timestamptz - make_interval(days => coalesce((select confirmation_days from community_settings where id = 1), 7))
      order by c.solution_proposed_at
      limit ${BATCH}
      for update of c skip locked`)) as unknown as { rows: { id: string }[] };
    const ids = due.rows.map((r) => r.id);
    return ids.length === 0 ? [] : db.select().from(complaints).where(inArray(complaints.id, ids));
  },
  run: async (ctx, { now }, due) => {
    let resolved = 0;
    for (const c of due) {
      const done = await recordEvents(ctx, c, [await applyChange(ctx.tx, c, { actorId: null, party: 'system', action: 'auto_resolve', event: { kind: 'status_changed', data: { auto: true } }, now })]);
      if (done.events.length > 0) resolved++;
    }
    return resolved;
  },
});

export const autoResolve = (now = new Date()) => resolveDue({ actor: null, input: { now } });
