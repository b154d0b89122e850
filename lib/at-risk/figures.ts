import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaintBranches, followUps, memberRisk, users } from '@/db/schema';
import { median, rate } from '@/lib/complaints/metrics/formulas';
import { Forbidden } from '@/lib/errors';
import { type Actor, can } from '@/lib/policy';

export interface Window {
  from: Date;
  to: Date;
}

/** One line of the win-back table: a branch, a staff member, or everyone. */
export interface WinBackCounts {
  closed: number;
  stayed: number;
  winBackRate: number | null;
  contacted: number;
  firstContactMedianSeconds: number | null;
  before: { answers: number; wouldStay: number; rate: number | null };
  after: { answers: number; wouldStay: number; rate: number | null };
}

export interface WinBackRow extends WinBackCounts {
  id: string | null;
  name: string | null;
  /** A branch's English name; a staff member's name reads the same in both languages. */
  nameEn: string | null;
}

interface ClosedFollowUp {
  id: string;
  stayed: boolean;
  contactSeconds: number | null;
  branchId: string | null;
  branchName: string | null;
  branchNameEn: string | null;
  assigneeId: string;
  assigneeName: string;
}

interface Answer {
  followUpId: string;
  before: boolean;
  wouldStay: boolean;
}

const POINTS = 12;

/** Pure: the counts of a set of closed follow-ups and the survey answers around them (docs/at-risk.md). */
export function winBackCounts(closed: readonly ClosedFollowUp[], answers: readonly Answer[]): WinBackCounts {
  const ids = new Set(closed.map((f) => f.id));
  const mine = answers.filter((a) => ids.has(a.followUpId));
  const side = (before: boolean) => {
    const those = mine.filter((a) => a.before === before);
    const yes = those.filter((a) => a.wouldStay).length;
    return { answers: those.length, wouldStay: yes, rate: rate(yes, those.length) };
  };
  const contacts = closed.flatMap((f) => (f.contactSeconds === null ? [] : [f.contactSeconds]));
  const stayed = closed.filter((f) => f.stayed).length;
  return { closed: closed.length, stayed, winBackRate: rate(stayed, closed.length), contacted: contacts.length, firstContactMedianSeconds: median(contacts), before: side(true), after: side(false) };
}

function breakdown(closed: ClosedFollowUp[], answers: Answer[], key: (f: ClosedFollowUp) => [string | null, string | null, string | null]): WinBackRow[] {
  const groups = new Map<string, { id: string | null; name: string | null; nameEn: string | null; rows: ClosedFollowUp[] }>();
  for (const f of closed) {
    const [id, name, nameEn] = key(f);
    const k = id ?? '';
    (groups.get(k) ?? groups.set(k, { id, name, nameEn, rows: [] }).get(k)!).rows.push(f);
  }
  return [...groups.values()].map((g) => ({ id: g.id, name: g.name, nameEn: g.nameEn, ...winBackCounts(g.rows, answers) })).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
}

/**
 * The dashboard's members-at-risk figures, from the risk changes and the follow-ups' events (their
 * definitions in docs/at-risk.md): at risk now and over the window, and, for the follow-ups closed in
 * the window, the win-back rate, signal to first contact and "would stay" before and after, overall,
 * by branch and by staff member. Four statements. Managers only.
 */
export async function atRiskFigures(actor: Actor, window: Window) {
  if (!can(actor, 'view:dashboard')) throw new Forbidden();
  const db = getDb();
  const now = await db.select({ level: memberRisk.level, n: sql<number>`count(*)::int` }).from(memberRisk).where(sql`${memberRisk.level} <> 'none'`).groupBy(memberRisk.level);
  const step = Math.max(1, Math.floor((window.to.getTime() - window.from.getTime()) / POINTS));
  const overTime = (await db.execute(sql`
    select g.at, (
      select count(*)::int from (
        select distinct on (c.user_id) c.to_level from member_risk_changes c where c.created_at <= g.at order by c.user_id, c.created_at desc, c.id desc
      ) last where last.to_level <> 'none'
    ) as n
    from generate_series(${window.from.toISOString()}::timestamptz + make_interval(secs => ${step / 1000}), ${window.to.toISOString()}::timestamptz, make_interval(secs => ${step / 1000})) g(at)
    order by g.at`)) as unknown as { rows: { at: string | Date; n: number }[] };
  const closed: ClosedFollowUp[] = (
    await db
      .select({
        id: followUps.id,
        outcome: followUps.outcome,
        signalAt: followUps.signalAt,
        firstContactAt: followUps.firstContactAt,
        branchId: followUps.branchId,
        branchName: complaintBranches.name,
        branchNameEn: complaintBranches.nameEn,
        assigneeId: followUps.assigneeId,
        assigneeName: users.displayName,
      })
      .from(followUps)
      .innerJoin(users, eq(users.id, followUps.assigneeId))
      .leftJoin(complaintBranches, eq(complaintBranches.id, followUps.branchId))
      .where(and(gt(followUps.closedAt, window.from), lte(followUps.closedAt, window.to)))
  ).map((f) => ({ ...f, stayed: f.outcome === 'stayed', contactSeconds: f.firstContactAt ? Math.max(0, (f.firstContactAt.getTime() - f.signalAt.getTime()) / 1000) : null }));
  // Each survey answer of the member counts once per follow-up: before it opened, or after.
  const answers = (await db.execute(sql`
    select f.id as follow_up_id, r.created_at < f.opened_at as before, r.would_stay
    from follow_ups f
    join complaints c on c.author_id = f.member_id
    join complaint_ratings r on r.complaint_id = c.id
    where f.closed_at > ${window.from.toISOString()} and f.closed_at <= ${window.to.toISOString()}`)) as unknown as { rows: { follow_up_id: string; before: boolean; would_stay: boolean }[] };
  const given = answers.rows.map((a) => ({ followUpId: a.follow_up_id, before: a.before, wouldStay: a.would_stay }));
  return {
    now: { watch: now.find((r) => r.level === 'watch')?.n ?? 0, high: now.find((r) => r.level === 'high')?.n ?? 0 },
    overTime: overTime.rows.map((r) => ({ at: new Date(r.at), atRisk: r.n })),
    total: winBackCounts(closed, given),
    byBranch: breakdown(closed, given, (f) => [f.branchId, f.branchName, f.branchNameEn]),
    byStaff: breakdown(closed, given, (f) => [f.assigneeId, f.assigneeName, f.assigneeName]),
  };
}

export type AtRiskFigures = Awaited<ReturnType<typeof atRiskFigures>>;
