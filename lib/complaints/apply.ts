import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { complaintEvents, complaints } from '@/db/schema';
import { Conflict } from '@/lib/errors';
import { renderMarkdown } from '@/lib/markdown/render';
import { queueComplaintWebhooks } from '@/lib/webhooks/sources';
import { type Action, type CloseReason, countsAsReopen, type Party, type Status, transition } from './lifecycle';
import { nextDueAt, resolutionDueAt } from './sla';
import { loadSlaPolicy } from './sla-policy';

export type ComplaintRow = typeof complaints.$inferSelect;
export type EventRow = typeof complaintEvents.$inferSelect;
export type EventKind = EventRow['kind'];
export type Visibility = EventRow['visibility'];

/** Every public word from staff is signed and official, and counts as the company answering. */
export const STAFF_STATEMENTS: readonly EventKind[] = ['official_reply', 'progress_update', 'solution_proposed', 'incident_update'];

export interface EventSpec {
  kind: EventKind;
  visibility?: Visibility;
  bodyMd?: string | null;
  data?: Record<string, unknown>;
  idempotencyKey?: string | null;
}

export interface Change {
  /** Null for the system's own jobs. */
  actorId: string | null;
  party: Party;
  /** A lifecycle action when the change may move the status (lifecycle.ts decides whether it may). */
  action?: Action;
  closeReason?: CloseReason;
  event: EventSpec;
  now?: Date;
}

export type BreachClock = 'first_response' | 'update' | 'resolution';

/** One breach row per clock and due time, however many paths notice it. Returns the new row's id, or null. */
export async function recordBreach(tx: Tx, complaintId: string, clock: BreachClock, dueAt: Date, at: Date): Promise<number | null> {
  const due = dueAt.toISOString();
  const rows = await tx.execute(sql`
    insert into ${complaintEvents} (complaint_id, kind, visibility, data, created_at)
    select ${complaintId}, 'sla_breached', 'internal', ${JSON.stringify({ clock, dueAt: due })}::jsonb, ${at.toISOString()}
    where not exists (
      select 1 from ${complaintEvents}
      where complaint_id = ${complaintId} and kind = 'sla_breached' and data->>'clock' = ${clock} and data->>'dueAt' = ${due}
    )
    returning *`);
  const [row] = (rows as unknown as { rows: { id: string | number; created_at: string | Date; data: Record<string, unknown> }[] }).rows;
  if (!row) return null;
  const event = { id: Number(row.id), complaintId, kind: 'sla_breached', visibility: 'internal', createdAt: new Date(row.created_at), data: row.data, fromStatus: null, toStatus: null } as EventRow;
  await queueComplaintWebhooks(tx, null, event);
  return event.id;
}

function statusColumns(c: ComplaintRow, to: Status, action: Action | undefined, closeReason: CloseReason | undefined, now: Date): Partial<ComplaintRow> {
  if (to === c.status) return {};
  const cols: Partial<ComplaintRow> = { status: to };
  if (to === 'solution_proposed') cols.solutionProposedAt = now;
  if (c.status === 'solution_proposed') cols.solutionProposedAt = null;
  if (to === 'resolved') cols.resolvedAt = now;
  if (to === 'closed') Object.assign(cols, { closedAt: now, closeReason: closeReason ?? null });
  if (c.status === 'resolved' || c.status === 'closed') Object.assign(cols, { resolvedAt: null, closedAt: null, closeReason: null, duplicateOfId: null });
  if (action && countsAsReopen(action)) cols.reopenCount = c.reopenCount + 1;
  return cols;
}

/**
 * The one way a complaint changes: checks the lifecycle, moves the denormalized columns and the SLA
 * clock, and writes the event row, all in the caller's transaction. Returns null when the same
 * idempotency key already wrote this event.
 */
export async function applyChange(tx: Tx, c: ComplaintRow, change: Change): Promise<{ complaint: ComplaintRow; event: EventRow } | null> {
  const now = change.now ?? new Date();
  const to = change.action ? transition(c.status, change.action, change.party) : c.status;
  if (to === null) throw new Conflict('complaints.errors.notAllowedNow');
  const visibility = change.event.visibility ?? 'public';
  const statement = change.party === 'staff' && visibility === 'public' && STAFF_STATEMENTS.includes(change.event.kind);

  const [event] = await tx
    .insert(complaintEvents)
    .values({
      complaintId: c.id,
      kind: change.event.kind,
      visibility,
      actorId: change.actorId,
      bodyMd: change.event.bodyMd ?? null,
      bodyHtml: change.event.bodyMd ? renderMarkdown(change.event.bodyMd) : null,
      fromStatus: to === c.status ? null : c.status,
      // Filing is where every status history starts.
      toStatus: to !== c.status ? to : change.event.kind === 'created' ? 'open' : null,
      data: change.event.data ?? null,
      createdAt: now,
      idempotencyKey: change.event.idempotencyKey ?? null,
    })
    .onConflictDoNothing({ target: [complaintEvents.actorId, complaintEvents.idempotencyKey] })
    .returning();
  if (!event) return null;

  // Answering late is still answering; the breach is kept on the record either way.
  if (statement && c.nextDueAt && now > c.nextDueAt && !c.breachedAt) await recordBreach(tx, c.id, c.firstResponseAt ? 'update' : 'first_response', c.nextDueAt, now);
  if (to === 'resolved' && c.resolutionDueAt && now > c.resolutionDueAt) await recordBreach(tx, c.id, 'resolution', c.resolutionDueAt, now);

  const cols: Partial<ComplaintRow> = {
    ...statusColumns(c, to, change.action, change.closeReason, now),
    ...(statement ? { firstResponseAt: c.firstResponseAt ?? now, lastStaffUpdateAt: now, breachedAt: null, slaWarnedAt: null } : {}),
  };
  // Only a move or a word from the company changes what is owed: a comment or a note leaves the clock
  // as it is, including the fresh one a reopen gave (recomputing it would bring back the old, past due time).
  if (to !== c.status || statement) {
    const next = { ...c, ...cols };
    const policy = await loadSlaPolicy(tx, next.priority);
    let due = nextDueAt(policy, next);
    // After a reopen the company owes a word within one update interval from now, not from long ago.
    if (due && change.action && countsAsReopen(change.action)) {
      const fresh = new Date(now.getTime() + policy.updateMinutes * 60_000);
      if (fresh > due) due = fresh;
      cols.breachedAt = null;
    }
    cols.nextDueAt = due;
  } else cols.nextDueAt = c.nextDueAt;
  const [complaint] = await tx.update(complaints).set(cols).where(eq(complaints.id, c.id)).returning();
  await queueComplaintWebhooks(tx, complaint!, event);
  return { complaint: complaint!, event };
}

/** When the priority changes the whole clock is re-read from the policy of the new priority. */
export async function reclock(tx: Tx, c: ComplaintRow): Promise<Pick<ComplaintRow, 'nextDueAt' | 'resolutionDueAt'>> {
  const policy = await loadSlaPolicy(tx, c.priority);
  return { nextDueAt: nextDueAt(policy, c), resolutionDueAt: resolutionDueAt(policy, c.createdAt) };
}
