import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { poissonUpperTail } from './formulas';

/**
 * The crisis radar's rule (docs/domain.md › Complaint board › Crisis), stated once: in the last WINDOW_HOURS, a category or a
 * branch received at least MIN_COMPLAINTS complaints, and as many or more would happen by chance with
 * probability below MAX_P if complaints kept arriving at its usual rate — the rate of the BASELINE_DAYS
 * before the window, scaled to the window (a Poisson upper tail). A quiet category needs only the
 * minimum; a busy one needs far more than its usual share.
 */
export const RADAR = { windowHours: 3, baselineDays: 28, maxP: 0.001, minComplaints: 5 } as const;

export type SpikeScope = 'category' | 'branch';

export interface Spike {
  scope: SpikeScope;
  id: string;
  name: string;
  nameEn: string;
  /** Complaints filed in the window. */
  observed: number;
  /** What the baseline rate predicts for a window of the same length. */
  expected: number;
  p: number;
  windowStart: Date;
  windowEnd: Date;
  /** The window's complaints not yet in an incident, newest first, to group into one. */
  complaintIds: string[];
}

/** The rule alone, for the tests and the page: is `observed` a spike when `expected` was usual? */
export function isSpike(observed: number, expected: number): { spike: boolean; p: number } {
  const p = poissonUpperTail(observed, expected);
  return { spike: observed >= RADAR.minComplaints && p < RADAR.maxP, p };
}

interface Row {
  scope: SpikeScope;
  id: string;
  name: string;
  name_en: string;
  observed: number | string;
  baseline: number | string;
  complaint_ids: string[];
}

/**
 * The spikes at `now`, from one statement: every category and branch with a complaint in the window,
 * its count there and over the baseline. Filing is the `created` event, whose instant is the
 * complaint's own created_at (docs/decisions/0004), read here from the complaints' time index.
 */
export async function detectSpikes(now = new Date()): Promise<Spike[]> {
  const windowStart = new Date(now.getTime() - RADAR.windowHours * 3_600_000);
  const baselineStart = new Date(windowStart.getTime() - RADAR.baselineDays * 86_400_000);
  const [end, start, base] = [now.toISOString(), windowStart.toISOString(), baselineStart.toISOString()];
  const result = (await getDb().execute(sql`
    with recent as (
      select c.id, c.category_id, c.branch_id, c.created_at, c.incident_id, c.created_at > ${start}::timestamptz as in_window
        from complaints c
       where c.created_at > ${base}::timestamptz and c.created_at <= ${end}::timestamptz
    ),
    scoped as (
      select 'category' as scope, category_id as id, id as complaint_id, created_at, incident_id, in_window from recent
      union all
      select 'branch', branch_id, id, created_at, incident_id, in_window from recent
    ),
    counted as (
      select scope, id, count(*) filter (where in_window) as observed, count(*) filter (where not in_window) as baseline,
             coalesce(array_agg(complaint_id order by created_at desc) filter (where in_window and incident_id is null), '{}') as complaint_ids
        from scoped
       group by scope, id
      having count(*) filter (where in_window) >= ${RADAR.minComplaints}
    )
    select k.scope, k.id, coalesce(cat.name, br.name) as name, coalesce(cat.name_en, br.name_en) as name_en, k.observed, k.baseline, k.complaint_ids
      from counted k
      left join complaint_categories cat on k.scope = 'category' and cat.id = k.id
      left join complaint_branches br on k.scope = 'branch' and br.id = k.id
  `)) as unknown as { rows: Row[] };
  const scale = RADAR.windowHours / (RADAR.baselineDays * 24);
  return result.rows
    .map((r) => {
      const observed = Number(r.observed);
      const expected = Number(r.baseline) * scale;
      return { r, observed, expected, ...isSpike(observed, expected) };
    })
    .filter((x) => x.spike)
    .map(({ r, observed, expected, p }) => ({ scope: r.scope, id: r.id, name: r.name, nameEn: r.name_en, observed, expected, p, windowStart, windowEnd: now, complaintIds: r.complaint_ids }))
    .sort((a, b) => a.p - b.p);
}
