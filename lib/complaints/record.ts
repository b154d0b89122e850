import type { Actor } from '@/lib/policy';
import type { AuditRow, VerbContext } from '@/lib/verb';
import { announceComplaintChange } from './announce';
import type { ComplaintRow, EventRow } from './apply';
import { noticesOf } from './notify';

/** What a change leaves: the event it wrote with the complaint after it, the bare event, or nothing (already written, or nothing to do). */
export type Applied = { complaint: ComplaintRow; event: EventRow } | EventRow | null;

export interface Recorded {
  complaint: ComplaintRow;
  events: EventRow[];
}

/** The frame's steps recordEvents completes: a verb's context, or a system job's (lib/verb.ts). */
type Steps = Pick<VerbContext<Actor | null>, 'tx' | 'notify' | 'audit' | 'afterCommit'>;

export interface RecordOptions {
  /** Staff and managers acting for the company leave an audit row next to each event (issue: audit log). */
  audited?: boolean;
  /** Which events tell people; every one unless said otherwise. */
  notifies?: (event: EventRow) => boolean;
}

function auditRow(c: ComplaintRow, event: EventRow): AuditRow {
  return {
    action: `complaint.${event.kind}`,
    targetType: 'complaint',
    targetId: c.id,
    before: event.fromStatus ? { status: event.fromStatus } : undefined,
    after: { ...(event.toStatus ? { status: event.toStatus } : {}), ...(event.data ?? {}) },
  };
}

/**
 * What every change to a complaint leaves besides its event rows, in the verb's transaction: the
 * notifications each event causes and, when staff act, its audit row; after commit, the rooms are told
 * which complaint changed. A change already written (same idempotency key) comes back without events,
 * and nothing is sent.
 */
export async function recordEvents(ctx: Steps, complaint: ComplaintRow, results: readonly Applied[], opts: RecordOptions = {}): Promise<Recorded> {
  const done: Recorded = { complaint, events: [] };
  for (const r of results) {
    if (!r) continue;
    const event = 'event' in r ? r.event : r;
    if ('complaint' in r) done.complaint = r.complaint;
    done.events.push(event);
    if (opts.notifies?.(event) ?? true) await ctx.notify(await noticesOf(ctx.tx, done.complaint, event));
    if (opts.audited && event.actorId) await ctx.audit(auditRow(done.complaint, event));
  }
  if (done.events.length > 0) ctx.afterCommit(() => announceComplaintChange(done.complaint.id, done.events));
  return done;
}
