import { type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { fillBuckets } from '@/lib/complaints/metrics/dashboard';
import type { Period } from '@/lib/complaints/metrics/period';

// How alive the community is (docs/domain.md › Metrics › Engagement). A member is active on a day when they
// wrote a post (a thread's opening post included) or filed, commented on, backed ("me too") or rated a
// complaint; reading alone leaves no row to count. Staff and managers are not members here.

/** How many of the busiest groups the dashboard lists. */
export const TOP_GROUPS = 5;

export interface PeriodCounts {
  newMembers: number;
  posts: number;
  threads: number;
  /** Memberships started in the period (a group's growth; leaving leaves no row). */
  groupJoins: number;
}

export interface Engagement {
  /** Distinct active members in the last day, 7 days and 30 days before the period's end. */
  activeDay: number;
  activeWeek: number;
  activeMonth: number;
  current: PeriodCounts;
  previous: PeriodCounts;
  /** Active members, posts and new members per trend bucket. */
  trend: { start: Date; active: number; posts: number; newMembers: number }[];
  topGroups: { id: string; slug: string; name: string; posts: number; joins: number; members: number }[];
}

type Num = number | string;

const ACTIVITY_KINDS = sql`('created', 'comment', 'me_too', 'rated')`;

/**
 * Two statements: the counts (period and previous period, active members at the end, and the trend),
 * and the busiest groups. Every read is a range on an indexed timestamp (migration 0011).
 */
export async function engagement(period: Period): Promise<Engagement> {
  const [prevFrom, from, to] = [period.previousFrom.toISOString(), period.from.toISOString(), period.to.toISOString()];
  const monthAgo = new Date(period.to.getTime() - 30 * 86_400_000).toISOString();
  const activityFrom = period.from < new Date(monthAgo) ? from : monthAgo;
  const db = getDb();
  const [counts, groups] = await Promise.all([
    db.execute(sql`
      with staff as (
        -- A few dozen ids, read from the role index: cheaper than joining every active member to users.
        select coalesce(array_agg(id), '{}') as ids from users where role <> 'member'
      ),
      activity as (
        select p.author_id as user_id, p.created_at from posts p
         where p.created_at > ${activityFrom}::timestamptz and p.created_at <= ${to}::timestamptz and p.deleted_at is null
        union all
        select e.actor_id, e.created_at from complaint_events e
         where e.kind in ${ACTIVITY_KINDS} and e.created_at > ${activityFrom}::timestamptz and e.created_at <= ${to}::timestamptz
      ),
      members as materialized (
        select a.user_id, a.created_at from activity a, staff where a.user_id <> all(staff.ids)
      ),
      last_seen as (
        -- Only the last month decides who is active now; a longer period's activity is for its trend.
        select max(created_at) as at from members where created_at > ${monthAgo}::timestamptz group by user_id
      ),
      buckets as (
        select start, count(*) as active
          from (select distinct date_trunc(${period.bucket}, created_at at time zone 'UTC') as start, user_id
                  from members where created_at > ${from}::timestamptz) seen
         group by start
      ),
      post_buckets as (
        select date_trunc(${period.bucket}, created_at at time zone 'UTC') as start, count(*) as posts
          from posts where created_at > ${from}::timestamptz and created_at <= ${to}::timestamptz and deleted_at is null group by 1
      ),
      member_buckets as (
        select date_trunc(${period.bucket}, created_at at time zone 'UTC') as start, count(*) as new_members
          from users where role = 'member' and created_at > ${from}::timestamptz and created_at <= ${to}::timestamptz group by 1
      ),
      trend as (
        select coalesce(b.start, p.start, m.start) as start, coalesce(b.active, 0) as active, coalesce(p.posts, 0) as posts,
               coalesce(m.new_members, 0) as new_members
          from buckets b full join post_buckets p using (start) full join member_buckets m using (start)
      )
      select
        (select count(*) filter (where at > ${to}::timestamptz - interval '1 day') from last_seen) as active_day,
        (select count(*) filter (where at > ${to}::timestamptz - interval '7 days') from last_seen) as active_week,
        (select count(*) filter (where at > ${monthAgo}::timestamptz) from last_seen) as active_month,
        (select json_agg(trend order by start) from trend) as trend,
        ${periodCounts(from, to, sql`(select coalesce(sum(posts), 0) from post_buckets)`, sql`(select coalesce(sum(new_members), 0) from member_buckets)`)} as current,
        ${periodCounts(prevFrom, from)} as previous
    `) as unknown as Promise<{ rows: { active_day: Num; active_week: Num; active_month: Num; trend: { start: string; active: number; posts: number; new_members: number }[] | null; current: RawCounts; previous: RawCounts }[] }>,
    db.execute(sql`
      with busy as (
        select t.group_id, count(*) as posts
          from posts p join threads t on t.id = p.thread_id
         where p.created_at > ${from}::timestamptz and p.created_at <= ${to}::timestamptz and p.deleted_at is null
         group by t.group_id
         order by posts desc
         limit ${TOP_GROUPS}
      )
      select g.id, g.slug, g.name, b.posts, g.member_count as members,
             (select count(*) from group_members m where m.group_id = g.id and m.joined_at > ${from}::timestamptz and m.joined_at <= ${to}::timestamptz) as joins
        from busy b join groups g on g.id = b.group_id
       order by b.posts desc, g.name
    `) as unknown as Promise<{ rows: { id: string; slug: string; name: string; posts: Num; members: Num; joins: Num }[] }>,
  ]);
  const row = counts.rows[0]!;
  return {
    activeDay: Number(row.active_day),
    activeWeek: Number(row.active_week),
    activeMonth: Number(row.active_month),
    current: countsOf(row.current),
    previous: countsOf(row.previous),
    trend: fillBuckets(
      (row.trend ?? []).map((t) => ({ start: new Date(`${t.start.slice(0, 19)}Z`), active: Number(t.active), posts: Number(t.posts), newMembers: Number(t.new_members) })),
      period,
      (start) => ({ start, active: 0, posts: 0, newMembers: 0 }),
    ),
    topGroups: groups.rows.map((g) => ({ id: g.id, slug: g.slug, name: g.name, posts: Number(g.posts), members: Number(g.members), joins: Number(g.joins) })),
  };
}

interface RawCounts {
  new_members: Num;
  posts: Num;
  threads: Num;
  group_joins: Num;
}

const countsOf = (r: RawCounts): PeriodCounts => ({ newMembers: Number(r.new_members), posts: Number(r.posts), threads: Number(r.threads), groupJoins: Number(r.group_joins) });

/** The period's counts; `posts` and `newMembers` may be given as sums of the trend, which counts the same rows by bucket. */
function periodCounts(from: string, to: string, posts?: SQL, newMembers?: SQL) {
  const range = (column: string) => sql`${sql.raw(column)} > ${from}::timestamptz and ${sql.raw(column)} <= ${to}::timestamptz`;
  return sql`json_build_object(
    'new_members', ${newMembers ?? sql`(select count(*) from users where role = 'member' and ${range('created_at')})`},
    'posts', ${posts ?? sql`(select count(*) from posts where ${range('created_at')} and deleted_at is null)`},
    'threads', (select count(*) from threads where ${range('created_at')}),
    'group_joins', (select count(*) from group_members where ${range('joined_at')})
  )`;
}
