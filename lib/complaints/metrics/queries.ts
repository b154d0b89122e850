import { asc, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaintBranches } from '@/db/schema';
import {
  branchTrustIndex,
  type ComplaintCounts,
  fewAnswers,
  MIN_EVALUATIONS,
  networkTrustIndex,
  NO_COUNTS,
  PRIOR_WEIGHT,
  type Rates,
  ratesOf,
} from './formulas';
import type { WindowDays } from './window';

/**
 * The public staff statements that count as an official reply (docs/decisions/0004): every one is
 * signed by a named staff member, so the first of them is the first response.
 */
export const OFFICIAL_KINDS = ['official_reply', 'progress_update', 'solution_proposed', 'incident_update'] as const;

// Written into the statement rather than bound: the planner can then match a partial index on them.
const literals = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const officialKindsSql = literals(OFFICIAL_KINDS);

// Over an array sorted ascending with n values (1-based). Median: the mean of the value(s) at the
// middle rank(s). p90: nearest rank, the ⌈0.9·n⌉-th value, written (9n + 9) / 10 in integers
// (formulas.ts › median, percentile): percentile_disc(0.9) takes ⌈0.9·n⌉ in floating point and is one
// rank off for n = 70. An empty array gives null.
/** ComplaintCounts of a group of facts rows (columns wait, rating, solved, would_stay), named as in SQL. */
export const surveyCountsSql = sql.raw(`count(*) as complaints, count(wait) as replied, count(rating) as answers,
  count(*) filter (where solved) as solved_yes, count(*) filter (where would_stay) as would_stay_yes,
  count(*) filter (where rating >= 4) as high_ratings, coalesce(sum(rating), 0) as rating_sum`);

export const medianSql = (sorted: SQL, n: SQL) => sql`(${sorted}[(${n} + 1) / 2] + ${sorted}[${n} / 2 + 1]) / 2`;
export const p90Sql = (sorted: SQL, n: SQL) => sql`${sorted}[(9 * ${n} + 9) / 10]`;

/** The figures of one sample, each with the number of observations behind it. */
export interface Figures extends Rates, ComplaintCounts {
  /** Median seconds from filing to the first official reply, over the `replied` complaints. */
  firstResponseMedianSeconds: number | null;
  /** 90th percentile (nearest rank) of the same. */
  firstResponseP90Seconds: number | null;
  /** 0–10; for a branch, the Bayesian index (formulas.ts › branchTrustIndex). */
  trustIndex: number | null;
  /** Fewer than MIN_EVALUATIONS satisfaction answers: figures shown, but flagged. */
  fewAnswers: boolean;
}

export interface BranchFigures extends Figures {
  id: string;
  name: string;
  nameEn: string;
}

export interface TransparencyFigures {
  windowDays: WindowDays;
  /** Complaints filed after `from` and up to `to` (= now). */
  from: Date;
  to: Date;
  network: Figures;
  /** Every active branch, and archived ones that had complaints in the window; in the manager's order. */
  branches: BranchFigures[];
  minEvaluations: number;
  priorWeight: number;
}

interface Row {
  branch_id: string | null;
  /** The row of the whole network (the empty grouping set), not of one branch. */
  network: boolean;
  complaints: number | string;
  replied: number | string;
  answers: number | string;
  solved_yes: number | string;
  would_stay_yes: number | string;
  high_ratings: number | string;
  rating_sum: number | string;
  median_seconds: number | string | null;
  p90_seconds: number | string | null;
}

const DAY_MS = 86_400_000;
const seconds = (v: number | string | null) => (v === null ? null : Number(v));

const countsOf = (r: Row | undefined): ComplaintCounts =>
  r
    ? {
        complaints: Number(r.complaints),
        replied: Number(r.replied),
        answers: Number(r.answers),
        solvedYes: Number(r.solved_yes),
        wouldStayYes: Number(r.would_stay_yes),
        highRatings: Number(r.high_ratings),
        ratingSum: Number(r.rating_sum),
      }
    : NO_COUNTS;

/**
 * Everything the transparency page shows, for complaints filed in the last `windowDays` days: one
 * grouped pass over the window (network and every branch at once) and one read of the branch list,
 * whatever the number of complaints. Read from event rows and survey answers only, never from the
 * complaints' denormalized status columns, so the figures survive any repair of those. Events and
 * answers after `now` are ignored, so a past `now` gives the figures as they were then.
 */
export async function transparencyFigures({ windowDays, now = new Date() }: { windowDays: WindowDays; now?: Date }): Promise<TransparencyFigures> {
  const from = new Date(now.getTime() - windowDays * DAY_MS);
  const [fromIso, toIso] = [from.toISOString(), now.toISOString()];
  const [figuresResult, branchRows] = await Promise.all([
    getDb().execute(sql`
      with first_replies as (
        -- Grouped from the (kind, created_at) index: one pass, rather than one lookup per complaint.
        select complaint_id, min(created_at) as at
          from complaint_events
         where kind in (${officialKindsSql}) and visibility = 'public'
           and created_at > ${fromIso}::timestamptz and created_at <= ${toIso}::timestamptz
         group by complaint_id
      ),
      facts as (
        select c.branch_id, extract(epoch from fr.at - c.created_at)::float8 as wait, r.solved, r.rating, r.would_stay
          from complaints c
          left join first_replies fr on fr.complaint_id = c.id
          left join complaint_ratings r on r.complaint_id = c.id and r.created_at <= ${toIso}::timestamptz
         where c.created_at > ${fromIso}::timestamptz and c.created_at <= ${toIso}::timestamptz
      ),
      grouped as (
        select branch_id, grouping(branch_id) = 1 as network,
               ${surveyCountsSql},
               array_agg(wait order by wait) filter (where wait is not null) as waits
          from facts
         group by grouping sets ((branch_id), ())
      )
      select branch_id, network, complaints, replied, answers, solved_yes, would_stay_yes, high_ratings, rating_sum,
             ${medianSql(sql`waits`, sql`replied`)} as median_seconds,
             ${p90Sql(sql`waits`, sql`replied`)} as p90_seconds
        from grouped
    `) as unknown as Promise<{ rows: Row[] }>,
    getDb()
      .select({ id: complaintBranches.id, name: complaintBranches.name, nameEn: complaintBranches.nameEn, archived: complaintBranches.archived })
      .from(complaintBranches)
      .orderBy(asc(complaintBranches.position), asc(complaintBranches.name), asc(complaintBranches.id)),
  ]);

  const rows = figuresResult.rows;
  const networkRow = rows.find((r) => r.network);
  const byBranch = new Map(rows.filter((r) => !r.network).map((r) => [r.branch_id, r]));
  const networkCounts = countsOf(networkRow);
  const network: Figures = {
    ...figures(networkCounts, networkRow),
    trustIndex: networkTrustIndex(networkCounts),
  };
  const branches = branchRows
    // An archived branch stays on the page while complaints filed there are in the window.
    .filter((b) => !b.archived || byBranch.has(b.id))
    .map(({ id, name, nameEn }): BranchFigures => {
      const row = byBranch.get(id);
      const counts = countsOf(row);
      return { id, name, nameEn, ...figures(counts, row), trustIndex: branchTrustIndex(counts, networkCounts) };
    });
  return { windowDays, from, to: now, network, branches, minEvaluations: MIN_EVALUATIONS, priorWeight: PRIOR_WEIGHT };
}

function figures(counts: ComplaintCounts, row: Row | undefined): Omit<Figures, 'trustIndex'> {
  return {
    ...counts,
    ...ratesOf(counts),
    firstResponseMedianSeconds: seconds(row?.median_seconds ?? null),
    firstResponseP90Seconds: seconds(row?.p90_seconds ?? null),
    fewAnswers: fewAnswers(counts.answers),
  };
}
