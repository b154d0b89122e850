import { asc, inArray, sql } from 'drizzle-orm';
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
import { figureEventSql, medianSql, officialKindsSql, p90Sql, surveyCountsSql } from './queries';

// The manager dashboard's complaint figures (docs/decisions/0006): the transparency page's counts and
// formulas, plus speed, SLA, reopens, backlog, and the breakdowns. Three statements whatever the size.

const ENDED = sql`('resolved', 'closed')`;

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
 * One grouped pass over the complaints filed in the period and in the one before it: each complaint's
 * facts from its own events (first official statement, last resolution, reopens, breaches, its status
 * and priority at the end), then every sample at once with grouping sets.
 */
function factsStatement(period: Period) {
  const [prevFrom, from, to] = [period.previousFrom.toISOString(), period.from.toISOString(), period.to.toISOString()];
  const waits = sql`array_agg(wait order by wait) filter (where wait is not null)`;
  const spans = sql`array_agg(span order by span) filter (where span is not null)`;
  return getDb().execute(sql`
    with facts as (
      select c.category_id, c.branch_id, c.created_at > ${from}::timestamptz as current,
             date_trunc(${period.bucket}, c.created_at at time zone 'UTC') as bucket,
             extract(epoch from ev.first_at - c.created_at)::float8 as wait,
             extract(epoch from ev.resolved_at - c.created_at)::float8 as span,
             ev.resolutions, ev.reopens, ev.breached, ev.status, ev.priority,
             r.solved, r.rating, r.would_stay
        from complaints c
        cross join lateral (
          select min(e.created_at) filter (where e.kind in (${officialKindsSql}) and e.visibility = 'public') as first_at,
                 max(e.created_at) filter (where e.to_status = 'resolved') as resolved_at,
                 count(*) filter (where e.to_status = 'resolved') as resolutions,
                 count(*) filter (where e.kind in ('solution_rejected', 'reopened')) as reopens,
                 coalesce(bool_or(e.kind = 'sla_breached' and e.data->>'clock' in ('first_response', 'resolution')), false) as breached,
                 (array_agg(e.to_status order by e.created_at desc, e.id desc) filter (where e.to_status is not null))[1] as status,
                 (array_agg(coalesce(e.data->>'to', e.data->>'priority') order by e.created_at desc, e.id desc)
                    filter (where e.kind in ('created', 'priority_changed')))[1] as priority
            from complaint_events e
           where e.complaint_id = c.id and e.created_at <= ${to}::timestamptz
             and ${figureEventSql('e')}
        ) ev
        left join complaint_ratings r on r.complaint_id = c.id and r.created_at <= ${to}::timestamptz
       where c.created_at > ${prevFrom}::timestamptz and c.created_at <= ${to}::timestamptz
    ),
    grouped as (
      select current, category_id, branch_id, priority, bucket,
             case when grouping(bucket) = 0 then 1 when grouping(category_id) = 0 then 2
                  when grouping(branch_id) = 0 then 3 when grouping(priority) = 0 then 4 else 0 end as set,
             ${surveyCountsSql},
             count(span) as resolved,
             count(*) filter (where status in ${ENDED} or breached) as sla_judged,
             count(*) filter (where status in ${ENDED} and not breached) as sla_met,
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
 * statement was theirs, and the satisfaction answers on those complaints. `only` keeps one person
 * (their own figures page) after the first statement of each complaint is known.
 */
function staffStatement(period: Period, only?: string) {
  const [from, to] = [period.from.toISOString(), period.to.toISOString()];
  return getDb().execute(sql`
    with pairs as (
      select e.complaint_id, e.actor_id, min(e.created_at) as first_at, c.created_at as filed_at
        from complaints c
        join complaint_events e on e.complaint_id = c.id
       where c.created_at > ${from}::timestamptz and c.created_at <= ${to}::timestamptz
         and ${figureEventSql('e')} and e.kind in (${officialKindsSql}) and e.visibility = 'public' and e.actor_id is not null
         -- An event never precedes its complaint: the lower bound lets the index skip older ones.
         and e.created_at > ${from}::timestamptz and e.created_at <= ${to}::timestamptz
       group by e.complaint_id, e.actor_id, c.created_at
    ),
    ranked as (
      select *, row_number() over (partition by complaint_id order by first_at, actor_id) = 1 as is_first from pairs
    ),
    mine as (
      select p.*, extract(epoch from p.first_at - p.filed_at)::float8 as wait, r.rating
        from ranked p
        left join complaint_ratings r on r.complaint_id = p.complaint_id and r.created_at <= ${to}::timestamptz
       where ${only ? sql`p.actor_id = ${only}` : sql`true`}
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
 * Complaints whose last status (from their events) at the end of the period is not resolved or
 * closed, by age. Breached now: a resolution breach, or a first-response / update breach that no
 * official statement has answered since (the sweep records one breach per due time).
 */
function backlogStatement(period: Period) {
  const to = period.to.toISOString();
  const bounds = sql.join(
    AGE_BUCKET_HOURS.map((h) => sql`${h * 3600}`),
    sql`, `,
  );
  return getDb().execute(sql`
    with open as (
      -- Open when its latest status change is not an ending. Two maxima per complaint stream from the
      -- index in complaint order, where picking the latest row would sort half a million.
      select s.complaint_id as id
        from complaint_events s
       where s.to_status is not null and s.created_at <= ${to}::timestamptz
       group by s.complaint_id
      having max(s.created_at) filter (where s.to_status not in ${ENDED})
             > coalesce(max(s.created_at) filter (where s.to_status in ${ENDED}), '-infinity')
    ),
    aged as (
      select o.id, width_bucket(extract(epoch from ${to}::timestamptz - c.created_at)::float8, array[${bounds}]::float8[]) as bucket
        from open o join complaints c on c.id = o.id
    )
    select o.bucket, count(*) as open,
           count(*) filter (where exists (
             select 1 from complaint_events b
              where b.complaint_id = o.id and ${figureEventSql('b')} and b.kind = 'sla_breached' and b.created_at <= ${to}::timestamptz
                and (b.data->>'clock' = 'resolution' or not exists (
                  select 1 from complaint_events s
                   where s.complaint_id = o.id and ${figureEventSql('s')} and s.kind in (${officialKindsSql}) and s.visibility = 'public'
                     and s.created_at > b.created_at and s.created_at <= ${to}::timestamptz))
           )) as breached
      from aged o
     group by o.bucket
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
      .select({ id: complaintCategories.id, name: complaintCategories.name, archived: complaintCategories.archived })
      .from(complaintCategories)
      .orderBy(asc(complaintCategories.position), asc(complaintCategories.name)),
    db
      .select({ id: complaintBranches.id, name: complaintBranches.name, archived: complaintBranches.archived })
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
  const named = (set: 'category' | 'branch', key: 'category_id' | 'branch_id', list: { id: string; name: string; archived: boolean }[]): NamedFigures[] => {
    const now = new Map(of(set, true).map((r) => [r[key], r]));
    const before = new Map(of(set, false).map((r) => [r[key], r]));
    const score = set === 'branch' ? branchIndex : () => null;
    return list
      .filter((e) => !e.archived || now.has(e.id))
      .map((e) => ({ id: e.id, name: e.name, ...sampleOf(now.get(e.id), score), previous: sampleOf(before.get(e.id), score) }));
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
