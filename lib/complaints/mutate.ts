import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { complaintRatings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { NewNotification } from '@/lib/notifications/write';
import { announceComplaintChange } from './announce';
import { type ComplaintRow, type EventRow, lockComplaint } from './apply';
import { notifyEvent } from './notify';
import type { ComplaintFacts } from './policy';

export type Applied = { complaint: ComplaintRow; event: EventRow } | null;

export async function factsOf(tx: Tx, c: ComplaintRow): Promise<ComplaintFacts> {
  const [rating] = await tx.select({ id: complaintRatings.complaintId }).from(complaintRatings).where(eq(complaintRatings.complaintId, c.id)).limit(1);
  return { authorId: c.authorId, status: c.status, resolvedAt: c.resolvedAt, closedAt: c.closedAt, rated: rating !== undefined };
}

/** Staff and managers acting for the company leave an audit row next to the event (issue: audit log). */
export async function auditStaffEvent(tx: Tx, c: ComplaintRow, event: EventRow, staffActing: boolean): Promise<void> {
  if (!staffActing || !event.actorId) return;
  await recordAudit(tx, {
    actorId: event.actorId,
    action: `complaint.${event.kind}`,
    targetType: 'complaint',
    targetId: c.id,
    before: event.fromStatus ? { status: event.fromStatus } : undefined,
    after: { ...(event.toStatus ? { status: event.toStatus } : {}), ...(event.data ?? {}) },
  });
}

type Work<S = undefined> = (tx: Tx, c: ComplaintRow, facts: ComplaintFacts, setup: S) => Promise<(Applied | EventRow)[]>;

interface Done {
  complaint: ComplaintRow;
  events: EventRow[];
  notified: NewNotification[];
}

async function runWork<S>(tx: Tx, complaintId: string, staffActing: boolean, work: Work<S>, setup: S): Promise<Done> {
  const c = await lockComplaint(tx, complaintId);
  const results = await work(tx, c, await factsOf(tx, c), setup);
  const done: Done = { complaint: c, events: [], notified: [] };
  for (const r of results) {
    if (!r) continue;
    const event = 'event' in r ? r.event : r;
    if ('complaint' in r) done.complaint = r.complaint;
    done.events.push(event);
    done.notified.push(...(await notifyEvent(tx, done.complaint, event)));
    await auditStaffEvent(tx, done.complaint, event, staffActing);
  }
  return done;
}

/**
 * The frame of every verb on complaints: lock each one (in id order, so two bulk actions never
 * deadlock), let the verb check its policy and apply its changes, write the notifications and audit
 * rows in the same transaction, and announce after commit. One refusal rolls the whole batch back.
 * A change already written (same idempotency key) comes back without events, and nothing is sent.
 * `setup` runs first in the same transaction (an incident the complaints will point at).
 */
export async function mutateComplaints<S = undefined>(complaintIds: string[], staffActing: boolean, work: Work<S>, setup?: (tx: Tx) => Promise<S>): Promise<{ setup: S; done: Done[] }> {
  const ids = [...new Set(complaintIds)].sort();
  const result = await getDb().transaction(async (tx) => {
    const prepared = (setup ? await setup(tx) : undefined) as S;
    const done: Done[] = [];
    for (const id of ids) done.push(await runWork(tx, id, staffActing, work, prepared));
    return { setup: prepared, done };
  });
  for (const d of result.done) if (d.events.length > 0) announceComplaintChange(d.complaint.id, d.events, d.notified);
  return result;
}

export async function mutateComplaint(complaintId: string, staffActing: boolean, work: Work): Promise<Done> {
  return (await mutateComplaints([complaintId], staffActing, work)).done[0]!;
}
