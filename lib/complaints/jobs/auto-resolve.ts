import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaints } from '@/db/schema';
import { mutateComplaints } from '../mutate';
import { applyChange } from '../apply';

const BATCH = 100;

/**
 * A proposed solution nobody answered within the community's confirmation window counts as accepted
 * (docs/domain.md › Complaint board › Statuses). Two processes may pick the same candidates: each complaint is re-checked
 * under its own row lock, so it is resolved once, and a member's last-minute answer wins.
 */
export async function autoResolve(now = new Date()): Promise<number> {
  const at = now.toISOString();
  const due = (await getDb().execute(sql`
    select c.id from ${complaints} c
    where c.status = 'solution_proposed'
      and c.solution_proposed_at <= ${at}::timestamptz - make_interval(days => coalesce((select confirmation_days from community_settings where id = 1), 7))
    order by c.solution_proposed_at
    limit ${BATCH}`)) as unknown as { rows: { id: string }[] };
  if (due.rows.length === 0) return 0;
  const { done } = await mutateComplaints(
    due.rows.map((r) => r.id),
    false,
    async (tx, c) => {
      if (c.status !== 'solution_proposed') return [];
      return [await applyChange(tx, c, { actorId: null, party: 'system', action: 'auto_resolve', event: { kind: 'status_changed', data: { auto: true } }, now })];
    },
  );
  return done.filter((d) => d.events.length > 0).length;
}
