import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { complaints, followUpEvents, followUps, memberRisk, users } from '@/db/schema';
import { slaState } from '@/lib/complaints/sla';
import { Forbidden, NotFound } from '@/lib/errors';
import { type Actor, can, hasRole } from '@/lib/policy';
import { urlFilter } from '@/lib/validation/fields';
import { DAY_MS, tenureYears } from './history';
import { memberSinceOf } from './load';

export const AT_RISK_PAGE = 200;

export const atRiskFilters = z.object({ branch: urlFilter(z.uuid()), category: urlFilter(z.uuid()), staff: urlFilter(z.uuid()) });
export type AtRiskFilters = z.infer<typeof atRiskFilters>;

const assignee = alias(users, 'follow_up_assignee');
const writer = alias(users, 'follow_up_writer');

// A follow-up's own clock, on the complaint inbox's scale: due soon in the last fifth of a week.
const FOLLOW_UP_CLOCK_MINUTES = 7 * 24 * 60;

async function followUpLog(ids: string[]) {
  const rows = ids.length === 0 ? [] : await getDb()
    .select({ followUpId: followUpEvents.followUpId, kind: followUpEvents.kind, channel: followUpEvents.channel, note: followUpEvents.note, outcome: followUpEvents.outcome, by: writer.displayName, at: followUpEvents.createdAt })
    .from(followUpEvents)
    .leftJoin(writer, eq(writer.id, followUpEvents.actorId))
    .where(inArray(followUpEvents.followUpId, ids))
    .orderBy(asc(followUpEvents.id));
  const out = new Map<string, Omit<(typeof rows)[number], 'followUpId'>[]>();
  for (const { followUpId, ...row } of rows) (out.get(followUpId) ?? out.set(followUpId, []).get(followUpId)!).push(row);
  return out;
}

/**
 * Members at risk now, strongest level first, then the longest-standing, then the longest waiting for
 * the company; with the reasons, the complaints behind them and the open follow-up and its log. Three
 * statements whatever the number of members. Staff and managers only.
 */
export async function listAtRisk(actor: Actor, filters: AtRiskFilters, now = new Date()) {
  if (!can(actor, 'view:at_risk')) throw new Forbidden();
  const where: SQL[] = [sql`${memberRisk.level} <> 'none'`];
  if (filters.branch) where.push(sql`${filters.branch}::uuid = any(${memberRisk.branchIds})`);
  if (filters.category) where.push(sql`${filters.category}::uuid = any(${memberRisk.categoryIds})`);
  if (filters.staff) where.push(sql`(${filters.staff}::uuid = any(${memberRisk.staffIds}) or ${followUps.assigneeId} = ${filters.staff})`);
  const rows = await getDb()
    .select({
      memberId: users.id,
      name: users.displayName,
      memberSince: users.memberSince,
      createdAt: users.createdAt,
      valueBand: users.valueBand,
      level: memberRisk.level,
      reasons: memberRisk.reasons,
      since: memberRisk.since,
      waitingSince: memberRisk.waitingSince,
      followUp: {
        id: followUps.id,
        assigneeId: followUps.assigneeId,
        assigneeName: assignee.displayName,
        channel: followUps.channel,
        dueAt: followUps.dueAt,
        openedAt: followUps.openedAt,
        firstContactAt: followUps.firstContactAt,
        breachedAt: followUps.breachedAt,
      },
    })
    .from(memberRisk)
    .innerJoin(users, eq(users.id, memberRisk.userId))
    .leftJoin(followUps, and(eq(followUps.memberId, memberRisk.userId), isNull(followUps.closedAt)))
    .leftJoin(assignee, eq(assignee.id, followUps.assigneeId))
    .where(and(...where))
    .orderBy(desc(sql`${memberRisk.level} = 'high'`), asc(sql`coalesce(${users.memberSince}::timestamptz, ${users.createdAt})`), sql`${memberRisk.waitingSince} asc nulls last`, asc(users.id))
    .limit(AT_RISK_PAGE);
  const complaintIds = [...new Set(rows.flatMap((r) => r.reasons.map((x) => x.complaintId).filter((id): id is string => !!id)))];
  const [titles, log] = [
    complaintIds.length === 0 ? [] : await getDb().select({ id: complaints.id, number: complaints.number, title: complaints.title, status: complaints.status }).from(complaints).where(inArray(complaints.id, complaintIds)),
    await followUpLog(rows.flatMap((r) => (r.followUp?.id ? [r.followUp.id] : []))),
  ];
  const byId = new Map(titles.map((c) => [c.id, c]));
  return rows.map(({ createdAt, memberSince, followUp, ...r }) => {
    const since = memberSinceOf({ memberSince, createdAt });
    return {
      ...r,
      memberSince: since,
      tenureYears: tenureYears(since, now),
      waitingDays: r.waitingSince ? Math.floor((now.getTime() - r.waitingSince.getTime()) / DAY_MS) : null,
      complaints: [...new Set(r.reasons.map((x) => x.complaintId))].flatMap((id) => (id && byId.has(id) ? [byId.get(id)!] : [])),
      followUp: followUp?.id && followUp.assigneeId && followUp.dueAt && followUp.channel && followUp.openedAt
        ? { ...followUp, id: followUp.id, assigneeId: followUp.assigneeId, dueAt: followUp.dueAt, channel: followUp.channel, openedAt: followUp.openedAt, clock: slaState(followUp.dueAt, now, FOLLOW_UP_CLOCK_MINUTES), log: log.get(followUp.id) ?? [] }
        : null,
    };
  });
}

export type AtRiskRow = Awaited<ReturnType<typeof listAtRisk>>[number];

/**
 * Everything staff keep about one member's risk: the level and its reasons, the tenure and value band,
 * and every follow-up with its log. For staff, and for the member themself — the member's data export
 * (issue 16) includes it, so that the profiling is transparent.
 */
export async function memberRiskRecord(actor: Actor, memberId: string) {
  if (actor.id !== memberId && !hasRole(actor, 'staff')) throw new NotFound();
  const [member] = await getDb()
    .select({ memberSince: users.memberSince, createdAt: users.createdAt, valueBand: users.valueBand, level: memberRisk.level, reasons: memberRisk.reasons, since: memberRisk.since })
    .from(users)
    .leftJoin(memberRisk, eq(memberRisk.userId, users.id))
    .where(eq(users.id, memberId))
    .limit(1);
  if (!member) throw new NotFound();
  const list = await getDb()
    .select({ id: followUps.id, channel: followUps.channel, openedAt: followUps.openedAt, dueAt: followUps.dueAt, firstContactAt: followUps.firstContactAt, closedAt: followUps.closedAt, outcome: followUps.outcome, assigneeName: assignee.displayName })
    .from(followUps)
    .innerJoin(assignee, eq(assignee.id, followUps.assigneeId))
    .where(eq(followUps.memberId, memberId))
    .orderBy(asc(followUps.openedAt));
  const log = await followUpLog(list.map((f) => f.id));
  return {
    memberSince: memberSinceOf(member),
    valueBand: member.valueBand,
    level: member.level ?? 'none',
    reasons: member.reasons ?? [],
    since: member.since,
    followUps: list.map((f) => ({ ...f, log: log.get(f.id) ?? [] })),
  };
}
