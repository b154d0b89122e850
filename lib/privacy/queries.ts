import { and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, getDb } from '@/db/client';
import { privacyRequestEvents, privacyRequests, users } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { type Actor, assertCan } from '@/lib/policy';
import { LIVE_STATUSES, privacyClock } from './clock';

export const DESK_FILTERS = ['live', 'overdue', 'finished', 'all'] as const;
export type DeskFilter = (typeof DESK_FILTERS)[number];

const subject = alias(users, 'subject');
const assignee = alias(users, 'assignee');
const PAGE = 100;

const live = inArray(privacyRequests.status, [...LIVE_STATUSES]);

function filterOf(filter: DeskFilter, now: Date) {
  switch (filter) {
    case 'live':
      return live;
    case 'overdue':
      return and(live, lte(privacyRequests.dueAt, now));
    case 'finished':
      return sql`${privacyRequests.status} in ('resolved', 'rejected')`;
    default:
      return undefined;
  }
}

/** The desk: live requests by deadline (the most urgent first), finished ones newest first. */
export async function deskRequests(actor: Actor, filter: DeskFilter, now = new Date(), db: Executor = getDb()) {
  assertCan(actor, 'view:privacy_desk');
  const rows = await db
    .select({
      id: privacyRequests.id,
      number: privacyRequests.number,
      kind: privacyRequests.kind,
      source: privacyRequests.source,
      status: privacyRequests.status,
      receivedAt: privacyRequests.receivedAt,
      dueAt: privacyRequests.dueAt,
      resolvedAt: privacyRequests.resolvedAt,
      subjectName: subject.displayName,
      assigneeName: assignee.displayName,
    })
    .from(privacyRequests)
    .innerJoin(subject, eq(subject.id, privacyRequests.subjectId))
    .leftJoin(assignee, eq(assignee.id, privacyRequests.assigneeId))
    .where(filterOf(filter, now))
    .orderBy(filter === 'finished' ? desc(privacyRequests.resolvedAt) : asc(privacyRequests.dueAt), asc(privacyRequests.number))
    .limit(PAGE);
  return rows.map((r) => ({ ...r, clock: privacyClock(r, now) }));
}

export type DeskRow = Awaited<ReturnType<typeof deskRequests>>[number];

/** The badge on the desk and the admin menu: live requests past their month. */
export async function overdueCount(now = new Date(), db: Executor = getDb()): Promise<number> {
  const [row] = await db.select({ n: count() }).from(privacyRequests).where(and(live, lte(privacyRequests.dueAt, now)));
  return row?.n ?? 0;
}

/** One request with its trail, for the desk. */
export async function deskRequest(actor: Actor, id: string, now = new Date(), db: Executor = getDb()) {
  assertCan(actor, 'view:privacy_desk');
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound();
  const [row] = await db
    .select({ request: privacyRequests, subjectName: subject.displayName, subjectEmail: subject.email, subjectNumber: subject.membershipNumber, assigneeName: assignee.displayName })
    .from(privacyRequests)
    .innerJoin(subject, eq(subject.id, privacyRequests.subjectId))
    .leftJoin(assignee, eq(assignee.id, privacyRequests.assigneeId))
    .where(eq(privacyRequests.id, id))
    .limit(1);
  if (!row) throw new NotFound();
  const actorOf = alias(users, 'event_actor');
  const events = await db
    .select({ id: privacyRequestEvents.id, kind: privacyRequestEvents.kind, data: privacyRequestEvents.data, createdAt: privacyRequestEvents.createdAt, actorName: actorOf.displayName })
    .from(privacyRequestEvents)
    .leftJoin(actorOf, eq(actorOf.id, privacyRequestEvents.actorId))
    .where(eq(privacyRequestEvents.requestId, id))
    .orderBy(asc(privacyRequestEvents.id));
  const managers = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'manager'), eq(users.status, 'active')))
    .orderBy(users.displayName);
  const r = row.request;
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    source: r.source,
    status: r.status,
    details: r.details,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    resolution: r.resolution,
    resolvedAt: r.resolvedAt,
    assigneeId: r.assigneeId,
    assigneeName: row.assigneeName,
    clock: privacyClock(r, now),
    subject: { id: r.subjectId, name: row.subjectName, email: row.subjectEmail, membershipNumber: row.subjectNumber },
    events: events.map((e) => ({ ...e, assigneeName: managers.find((m) => m.id === (e.data as { assigneeId?: string } | null)?.assigneeId)?.displayName ?? null })),
    managers,
  };
}

export type DeskRequest = Awaited<ReturnType<typeof deskRequest>>;

/** A member's own requests, newest first, with what the desk answered. */
export async function myRequests(actor: Actor, now = new Date(), db: Executor = getDb()) {
  assertCan(actor, 'request:privacy', { subjectId: actor.id });
  const rows = await db
    .select({ id: privacyRequests.id, number: privacyRequests.number, kind: privacyRequests.kind, status: privacyRequests.status, receivedAt: privacyRequests.receivedAt, dueAt: privacyRequests.dueAt, resolution: privacyRequests.resolution, resolvedAt: privacyRequests.resolvedAt })
    .from(privacyRequests)
    .where(eq(privacyRequests.subjectId, actor.id))
    .orderBy(desc(privacyRequests.createdAt))
    .limit(PAGE);
  return rows.map((r) => ({ ...r, clock: privacyClock(r, now) }));
}
