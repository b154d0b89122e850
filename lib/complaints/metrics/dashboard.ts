import { asc, inArray, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaintBranches, complaintCategories, users } from '@/db/schema';
import type { Priority } from '../sla';
import {
  AGE_BUCKET_HOURS,
  branchTrustIndex,
  type ComplaintCounts,
  fewAnswers,
  networkTrustIndex,
  NO_COUNTS,
  type Rates,
  ratesOf,
  type ResponsivenessCounts,
  type ResponsivenessRates,
  responsivenessOf,
} from './formulas';
import type { Bucket, Period } from './period';
import { medianSql, p90Sql, surveyCountsSql } from './queries';

// The manager dashboard's complaint figures (docs/decisions/0006): the transparency page's counts and
// formulas, plus speed, SLA, reopens, backlog, and the breakdowns. Three statements whatever the size.

/** Every figure of one sample (the network, a category, a branch, a priority, a trend bucket). */
export interface SampleFigures extends ComplaintCounts, Rates, ResponsivenessCounts, ResponsivenessRates {
  firstResponseMedianSeconds: number | null;
  firstResponseP90Seconds: number | null;
  /** Complaints with at least one move to `resolved`: the sample of the resolution time. */
  resolved: number;
  resolutionMedianSeconds: number | null;
  resolutionP90Seconds: number | null;
  trustIndex: number | null;
  fewAnswers: boolean;
}

export interface NamedFigures extends SampleFigures {
  id: string;
  name: string;
  nameEn: string;
  /** The same figures over the previous period, for comparison. */
  previous: SampleFigures;
}

export interface TrendPoint extends SampleFigures {
  /** The bucket's first instant (UTC). */
  start: Date;
}

export interface StaffFigures {
  id: string;
  name: string;
  /** Complaints of the period in which this person signed at least one official statement. */
  answered: number;
  /** Of those, the complaints whose first official statement was theirs: the sample of their FRT. */
  firstResponses: number;
  firstResponseMedianSeconds: number | null;
  /** Satisfaction answers on the complaints they answered. */
  answers: number;
  csat: number | null;
  averageRating: number | null;
  fewAnswers: boolean;
}

export interface Backlog {
  /** Complaints not resolved or closed at the end of the period, by age since filing. */
  open: number;
  /** One count per AGE_BUCKET_HOURS bucket, plus the open-ended last one. */
  ageing: number[];
  /** Open complaints whose SLA is breached right now (docs/decisions/0006). */
  breached: number;
}

export interface ComplaintDashboard {
  period: Period;
  network: SampleFigures;
  previous: SampleFigures;
  trend: TrendPoint[];
  categories: NamedFigures[];
  branches: NamedFigures[];
  priorities: (SampleFigures & { priority: Priority; previous: SampleFigures })[];
  staff: StaffFigures[];
  backlog: Backlog;
}

type Num = number | string | null;

interface FactsRow {
  current: boolean;
  category_id: string | null;
  branch_id: string | null;
  priority: Priority | null;
  bucket: Date | string | null;
  set: number;
  complaints: Num;
  replied: Num;
  answers: Num;
  solved_yes: Num;
  would_stay_yes: Num;
  high_ratings: Num;
  rating_sum: Num;
  resolved: Num;
  sla_judged: Num;
  sla_met: Num;
  reopens: Num;
  resolutions: Num;
  frt_median: Num;
  frt_p90: Num;
  res_median: Num;
  res_p90: Num;
}

const n = (v: Num) => (v === null ? 0 : Number(v));
const orNull = (v: Num) => (v === null ? null : Number(v));

// The grouping sets, in the order of the `set` number each row carries.
const SETS = ['network', 'trend', 'category', 'branch', 'priority'] as const;
type SetName = (typeof SETS)[number];

function sampleOf(r: FactsRow | undefined, trustIndex: (c: ComplaintCounts) => number | null): SampleFigures {
  const counts: ComplaintCounts = r
    ? {
        complaints: n(r.complaints),
        replied: n(r.replied),
        answers: n(r.answers),
        solvedYes: n(r.solved_yes),
        wouldStayYes: n(r.would_stay_yes),
        highRatings: n(r.high_ratings),
        ratingSum: n(r.rating_sum),
      }
    : NO_COUNTS;
  const responsiveness: ResponsivenessCounts = { slaJudged: n(r?.sla_judged ?? null), slaMet: n(r?.sla_met ?? null), reopens: n(r?.reopens ?? null), resolutions: n(r?.resolutions ?? null) };
  return {
    ...counts,
    ...ratesOf(counts),
    ...responsiveness,
    ...responsivenessOf(responsiveness),
    firstResponseMedianSeconds: orNull(r?.frt_median ?? null),
    firstResponseP90Seconds: orNull(r?.frt_p90 ?? null),
    resolved: n(r?.resolved ?? null),
    resolutionMedianSeconds: orNull(r?.res_median ?? null),
    resolutionP90Seconds: orNull(r?.res_p90 ?? null),
    trustIndex: trustIndex(counts),
    fewAnswers: fewAnswers(counts.answers),
  };
}

/**
 * Each complaint's facts (migration 0013) at `to`, for the complaints `where` picks by columns that do
 * not change over time (filing, category, branch). The stored row holds when nothing about the
 * complaint happened after `to`; the few others (a period ending in the past, an event dated ahead)
 * are counted from their events up to `to` by the same function that wrote the rows.
 */
function factsAt(to: string, where: SQL) {
  return sql`(
    select * from complaint_facts f where ${where} and f.last_at <= ${to}::timestamptz
    union all
    select * from complaint_facts_at(array(select f.complaint_id from complaint_facts f where ${where} and f.last_at > ${to}::timestamptz), ${to}::timestamptz)
  )`;
}

/**
 * One grouped pass over the facts of the complaints filed in the period and in the one before it,
 * every sample at once with grouping sets.
 */
function factsStatement(period: Period) {
  const [prevFrom, from, to] = [period.previousFrom.toISOString(), period.from.toISOString(), period.to.toISOString()];
  const waits = sql`array_agg(wait order by wait) filter (where wait is not null)`;
  const spans = sql`array_agg(span order by span) filter (where span is not null)`;
  return getDb().execute(sql`
    with facts as (
      select f.category_id, f.branch_id, f.created_at > ${from}::timestamptz as current,
             date_trunc(${period.bucket}, f.created_at at time zone 'UTC') as bucket,
             extract(epoch from f.first_response_at - f.created_at)::float8 as wait,
             extract(epoch from f.resolved_at - f.created_at)::float8 as span,
             f.resolutions, f.reopens, f.sla_breached as breached, f.ended, f.priority, f.solved, f.rating, f.would_stay
        from ${factsAt(to, sql`f.created_at > ${prevFrom}::timestamptz and f.created_at <= ${to}::timestamptz`)} f
    ),
    grouped as (
      select current, category_id, branch_id, priority, bucket,
             case when grouping(bucket) = 0 then 1 when grouping(category_id) = 0 then 2
                  when grouping(branch_id) = 0 then 3 when grouping(priority) = 0 then 4 else 0 end as set,
             ${surveyCountsSql},
             count(span) as resolved,
             count(*) filter (where ended or breached) as sla_judged,
             count(*) filter (where ended and not breached) as sla_met,
             coalesce(sum(reopens), 0) as reopens,
             coalesce(sum(resolutions), 0) as resolutions,
             ${waits} as waits,
             ${spans} as spans
        from facts
       group by grouping sets ((current), (current, bucket), (current, category_id), (current, branch_id), (current, priority))
    )
    select current, category_id, branch_id, priority, bucket, set, complaints, replied, answers, solved_yes, would_stay_yes,
           high_ratings, rating_sum, resolved, sla_judged, sla_met, reopens, resolutions,
           ${medianSql(sql`waits`, sql`replied`)} as frt_median, ${p90Sql(sql`waits`, sql`replied`)} as frt_p90,
           ${medianSql(sql`spans`, sql`resolved`)} as res_median, ${p90Sql(sql`spans`, sql`resolved`)} as res_p90
      from grouped
  `) as unknown as Promise<{ rows: FactsRow[] }>;
}

interface StaffRow {
  actor_id: string;
  answered: Num;
  first_responses: Num;
  frt_median: Num;
  answers: Num;
  high_ratings: Num;
  rating_sum: Num;
}

/**
 * Per staff member: the complaints of the period they signed an official statement on, whose first
 * signed statement was theirs, and the satisfaction answers on those complaints. `only` keeps one
 * person (their own figures page).
 */
function staffStatement(period: Period, only?: string) {
  const [from, to] = [period.from.toISOString(), period.to.toISOString()];
  return getDb().execute(sql`
    with mine as (
      select s.actor_id, f.first_signed_by = s.actor_id as is_first, extract(epoch from f.first_signed_at - f.created_at)::float8 as wait, f.rating
        from ${factsAt(to, sql`f.created_at > ${from}::timestamptz and f.created_at <= ${to}::timestamptz`)} f
       cross join unnest(f.signed_by) s(actor_id)
       where ${only ? sql`s.actor_id = ${only}` : sql`true`}
    ),
    grouped as (
      select actor_id, count(*) as answered, count(*) filter (where is_first) as first_responses,
             array_agg(wait order by wait) filter (where is_first) as waits,
             count(rating) as answers, count(*) filter (where rating >= 4) as high_ratings, coalesce(sum(rating), 0) as rating_sum
        from mine
       group by actor_id
    )
    select actor_id, answered, first_responses, answers, high_ratings, rating_sum,
           ${medianSql(sql`waits`, sql`first_responses`)} as frt_median
      from grouped
  `) as unknown as Promise<{ rows: StaffRow[] }>;
}

interface BacklogRow {
  bucket: number;
  open: Num;
  breached: Num;
}

/**
 * Complaints open at the end of the period (their latest status change is not resolved or closed),
 * by age, and how many of them are breached then (migration 0013 › complaint_facts.open, breached_now).
 */
function backlogStatement(period: Period) {
  const to = period.to.toISOString();
  const bounds = sql.join(
    AGE_BUCKET_HOURS.map((h) => sql`${h * 3600}`),
    sql`, `,
  );
  return getDb().execute(sql`
    select width_bucket(extract(epoch from ${to}::timestamptz - f.created_at)::float8, array[${bounds}]::float8[]) as bucket,
           count(*) as open, count(*) filter (where f.breached_now) as breached
      from ${factsAt(to, sql`f.created_at <= ${to}::timestamptz`)} f
     where f.open
     group by 1
  `) as unknown as Promise<{ rows: BacklogRow[] }>;
}

/** The complaint half of the dashboard: three grouped statements and two short reads of names. */
export async function complaintDashboard(period: Period): Promise<ComplaintDashboard> {
  const db = getDb();
  const [facts, staffRows, backlogRows, categoryRows, branchRows] = await Promise.all([
    factsStatement(period),
    staffStatement(period),
    backlogStatement(period),
    db
      .select({ id: complaintCategories.id, name: complaintCategories.name, nameEn: complaintCategories.nameEn, archived: complaintCategories.archived })
      .from(complaintCategories)
      .orderBy(asc(complaintCategories.position), asc(complaintCategories.name)),
    db
      .select({ id: complaintBranches.id, name: complaintBranches.name, nameEn: complaintBranches.nameEn, archived: complaintBranches.archived })
      .from(complaintBranches)
      .orderBy(asc(complaintBranches.position), asc(complaintBranches.name)),
  ]);
  const rows = facts.rows;
  const of = (set: SetName, current: boolean) => rows.filter((r) => r.set === SETS.indexOf(set) && r.current === current);
  const networkRow = of('network', true)[0];
  const networkCounts = sampleOf(networkRow, networkTrustIndex);
  const network = networkCounts;
  const previous = sampleOf(of('network', false)[0], networkTrustIndex);
  const branchIndex = (c: ComplaintCounts) => branchTrustIndex(c, network);
  const named = (set: 'category' | 'branch', key: 'category_id' | 'branch_id', list: { id: string; name: string; nameEn: string; archived: boolean }[]): NamedFigures[] => {
    const now = new Map(of(set, true).map((r) => [r[key], r]));
    const before = new Map(of(set, false).map((r) => [r[key], r]));
    const score = set === 'branch' ? branchIndex : () => null;
    return list
      .filter((e) => !e.archived || now.has(e.id))
      .map((e) => ({ id: e.id, name: e.name, nameEn: e.nameEn, ...sampleOf(now.get(e.id), score), previous: sampleOf(before.get(e.id), score) }));
  };
  const priorityRows = of('priority', true);
  const previousPriority = of('priority', false);
  const priorities = (['urgent', 'high', 'normal', 'low'] as const).map((priority) => ({
    priority,
    ...sampleOf(
      priorityRows.find((r) => r.priority === priority),
      () => null,
    ),
    previous: sampleOf(
      previousPriority.find((r) => r.priority === priority),
      () => null,
    ),
  }));
  const trend = of('trend', true)
    .map((r) => ({ start: new Date(`${String(r.bucket instanceof Date ? r.bucket.toISOString() : r.bucket).slice(0, 19).replace(' ', 'T')}Z`), ...sampleOf(r, networkTrustIndex) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());

  return {
    period,
    network,
    previous,
    trend: fillBuckets(trend, period, (start) => ({ start, ...sampleOf(undefined, () => null) })),
    categories: named('category', 'category_id', categoryRows),
    branches: named('branch', 'branch_id', branchRows),
    priorities,
    staff: await staffFigures(staffRows.rows),
    backlog: backlogOf(backlogRows.rows),
  };
}

/** One person's figures over the period (their own page): two statements. */
export async function ownFigures(period: Period, userId: string): Promise<StaffFigures> {
  const rows = (await staffStatement(period, userId)).rows;
  const [me] = await staffFigures(rows.length > 0 ? rows : [{ actor_id: userId, answered: 0, first_responses: 0, frt_median: null, answers: 0, high_ratings: 0, rating_sum: 0 }]);
  return me!;
}

async function staffFigures(rows: StaffRow[]): Promise<StaffFigures[]> {
  if (rows.length === 0) return [];
  const names = new Map(
    (await getDb().select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, rows.map((r) => r.actor_id)))).map((u) => [u.id, u.name]),
  );
  return rows
    .map((r) => {
      const counts = { ...NO_COUNTS, answers: n(r.answers), highRatings: n(r.high_ratings), ratingSum: n(r.rating_sum) };
      const { csat, averageRating } = ratesOf(counts);
      return {
        id: r.actor_id,
        name: names.get(r.actor_id) ?? '',
        answered: n(r.answered),
        firstResponses: n(r.first_responses),
        firstResponseMedianSeconds: orNull(r.frt_median),
        answers: counts.answers,
        csat,
        averageRating,
        fewAnswers: fewAnswers(counts.answers),
      };
    })
    .sort((a, b) => b.answered - a.answered || a.name.localeCompare(b.name));
}

function backlogOf(rows: BacklogRow[]): Backlog {
  const ageing = Array.from({ length: AGE_BUCKET_HOURS.length + 1 }, () => 0);
  let breached = 0;
  for (const r of rows) {
    ageing[r.bucket] = n(r.open);
    breached += n(r.breached);
  }
  return { open: ageing.reduce((a, b) => a + b, 0), ageing, breached };
}

const STEP: Record<Bucket, (d: Date) => Date> = {
  day: (d) => new Date(d.getTime() + 86_400_000),
  week: (d) => new Date(d.getTime() + 7 * 86_400_000),
  month: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)),
};

function bucketStart(d: Date, bucket: Bucket): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  if (bucket === 'day') return day;
  if (bucket === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  // ISO weeks start on Monday, as date_trunc('week') does.
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
}

/** Every bucket of the period on a chart, the quiet ones filled by `empty` rather than left as gaps. */
export function fillBuckets<T extends { start: Date }>(points: T[], period: Period, empty: (start: Date) => T): T[] {
  const byStart = new Map(points.map((p) => [p.start.getTime(), p]));
  const out: T[] = [];
  for (let at = bucketStart(period.from, period.bucket); at < period.to; at = STEP[period.bucket](at)) out.push(byStart.get(at.getTime()) ?? empty(at));
  return out;
}
