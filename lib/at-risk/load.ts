import { and, eq, gt, inArray, isNotNull, max, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { complaintEvents, complaintRatings, complaints, followUps, threadReads, users } from '@/db/schema';
import { type ComplaintHistory, DAY_MS, type MemberHistory } from './history';

// Long enough for the silence after the last complaint and every recent signal; older finished complaints say nothing.
const LOOKBACK_DAYS = 365;
const LIVE = ['open', 'acknowledged', 'in_progress'] as const;

/** The day tenure counts from: the roster's "member since" when there is one, else the day the account was made. */
export const memberSinceOf = (u: { memberSince: Date | null; createdAt: Date }) => u.memberSince ?? u.createdAt;

/**
 * The histories of several members, in six statements whatever their number: their accounts, their
 * recent complaints with the breaches, rejections and survey answers of those, their last visit and
 * their last settling follow-up. Staff and managers are not members at risk.
 */
export async function loadHistories(db: Executor, memberIds: readonly string[], now: Date): Promise<Map<string, MemberHistory>> {
  const out = new Map<string, MemberHistory>();
  if (memberIds.length === 0) return out;
  const ids = [...new Set(memberIds)];
  const people = await db
    .select({ id: users.id, memberSince: users.memberSince, createdAt: users.createdAt })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.role, 'member')));
  if (people.length === 0) return out;
  const present = people.map((p) => p.id);
  const since = new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS);
  const rows = await db
    .select({
      id: complaints.id,
      authorId: complaints.authorId,
      number: complaints.number,
      categoryId: complaints.categoryId,
      branchId: complaints.branchId,
      assigneeId: complaints.assigneeId,
      createdAt: complaints.createdAt,
      status: complaints.status,
      closeReason: complaints.closeReason,
      closedAt: complaints.closedAt,
      nextDueAt: complaints.nextDueAt,
      waitingSince: complaints.waitingSince,
    })
    .from(complaints)
    .where(and(inArray(complaints.authorId, present), or(gt(complaints.createdAt, since), inArray(complaints.status, LIVE), gt(complaints.closedAt, since), gt(complaints.resolvedAt, since))));
  const complaintIds = rows.map((r) => r.id);
  // One after another: a pg client runs one statement at a time, and a transaction is one client.
  const events =
    complaintIds.length === 0
      ? []
      : await db
          .select({ complaintId: complaintEvents.complaintId, kind: complaintEvents.kind, at: complaintEvents.createdAt })
          .from(complaintEvents)
          .where(and(inArray(complaintEvents.complaintId, complaintIds), inArray(complaintEvents.kind, ['sla_breached', 'solution_rejected'])))
          .orderBy(complaintEvents.id);
  const ratings =
    complaintIds.length === 0
      ? []
      : await db.select({ complaintId: complaintRatings.complaintId, rating: complaintRatings.rating, wouldStay: complaintRatings.wouldStay, at: complaintRatings.createdAt }).from(complaintRatings).where(inArray(complaintRatings.complaintId, complaintIds));
  const visits = (await db.execute(sql`
      select user_id, max(at) as at from (
        select ${threadReads.userId} as user_id, ${threadReads.lastReadAt} as at from ${threadReads} where ${inArray(threadReads.userId, present)}
        union all
        select ${complaintEvents.actorId}, ${complaintEvents.createdAt} from ${complaintEvents} where ${inArray(complaintEvents.actorId, present)}
      ) v group by user_id`)) as unknown as { rows: { user_id: string; at: string | Date }[] };
  const settled = await db
      .select({ memberId: followUps.memberId, at: max(followUps.closedAt) })
      .from(followUps)
      .where(and(inArray(followUps.memberId, present), isNotNull(followUps.closedAt), inArray(followUps.outcome, ['stayed', 'left', 'not_needed'])))
      .groupBy(followUps.memberId);
  const byComplaint = new Map<string, ComplaintHistory>();
  for (const p of people) out.set(p.id, { memberSince: memberSinceOf(p), lastVisitAt: null, complaints: [], settledAt: null });
  for (const r of rows) {
    const live = (LIVE as readonly string[]).includes(r.status);
    const c: ComplaintHistory = { ...r, nextDueAt: live ? r.nextDueAt : null, breaches: [], rejections: [], rating: null };
    byComplaint.set(r.id, c);
    out.get(r.authorId)?.complaints.push(c);
  }
  for (const e of events) {
    const c = byComplaint.get(e.complaintId);
    (e.kind === 'sla_breached' ? c?.breaches : c?.rejections)?.push(e.at);
  }
  for (const r of ratings) {
    const c = byComplaint.get(r.complaintId);
    if (c) c.rating = { rating: r.rating, wouldStay: r.wouldStay, at: r.at };
  }
  for (const v of visits.rows) {
    const h = out.get(v.user_id);
    if (h) h.lastVisitAt = new Date(v.at);
  }
  for (const s of settled) {
    const h = out.get(s.memberId);
    if (h && s.at) h.settledAt = s.at;
  }
  return out;
}
