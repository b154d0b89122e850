import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { definePublicVerb } from '@/lib/verb';
import { DAY_MS } from './history';
import { refreshRisk } from './refresh';

const LOOKBACK_DAYS = 365;

/** Whoever could have a signal: authors of live or recent complaints, and whoever is at risk now (to clear). */
async function candidates(db: Executor, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString();
  const rows = (await db.execute(sql`
    select author_id as id from complaints
      where status in ('open', 'acknowledged', 'in_progress') or created_at > ${since} or closed_at > ${since} or resolved_at > ${since}
    union
    select user_id from member_risk where level <> 'none'`)) as unknown as { rows: { id: string }[] };
  return rows.rows.map((r) => r.id);
}

/**
 * Recomputes members' risk. Signals that appear or pass with time alone (a clock running out, 60 days
 * of silence, a signal ageing out) are seen here; what a verb changes is also refreshed right after it
 * (lib/at-risk/wake.ts). The system acts, with no actor.
 */
const sweep = definePublicVerb({
  name: 'atRisk.sweep',
  input: z.object({ now: z.date(), memberIds: z.array(z.uuid()).max(10_000).optional() }),
  run: async (ctx, { now, memberIds }) => refreshRisk(ctx, memberIds ?? (await candidates(ctx.tx, now)), now),
});

/** Every candidate, or only the members named (after a complaint of theirs changed). */
export const sweepAtRisk = (now = new Date(), memberIds?: string[]) => sweep({ actor: null, input: { now, memberIds } });
