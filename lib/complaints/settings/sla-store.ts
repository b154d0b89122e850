import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { slaPolicies } from '@/db/schema';
import { DEFAULT_SLA, type Priority, PRIORITIES, type SlaPolicy } from '@/lib/complaints/sla';

export type SlaTable = Record<Priority, SlaPolicy>;

/** Every priority's policy; one the manager never saved (or a deleted row) reads as the default. */
export async function loadSlaPolicies(db: Executor): Promise<SlaTable> {
  const rows = await db.select().from(slaPolicies);
  const saved = new Map(rows.map((r) => [r.priority, r]));
  return Object.fromEntries(
    PRIORITIES.map((p) => {
      const row = saved.get(p);
      return [p, row ? { firstResponseMinutes: row.firstResponseMinutes, updateMinutes: row.updateMinutes, resolutionMinutes: row.resolutionMinutes } : DEFAULT_SLA[p]];
    }),
  ) as SlaTable;
}

export async function saveSlaPolicies(tx: Executor, policies: Partial<SlaTable>): Promise<void> {
  const values = Object.entries(policies).map(([priority, p]) => ({ priority: priority as Priority, ...p }));
  if (values.length === 0) return;
  await tx
    .insert(slaPolicies)
    .values(values)
    .onConflictDoUpdate({
      target: slaPolicies.priority,
      set: {
        firstResponseMinutes: sql`excluded.first_response_minutes`,
        updateMinutes: sql`excluded.update_minutes`,
        resolutionMinutes: sql`excluded.resolution_minutes`,
      },
    });
}
