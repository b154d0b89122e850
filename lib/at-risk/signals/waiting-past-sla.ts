import { type MemberHistory, ref, type Signal } from '../history';

/** A complaint waiting for the company past its SLA: lasts exactly as long as the wait does. */
export function waitingPastSla(h: MemberHistory, now: Date): Signal[] {
  return h.complaints.filter((c) => c.nextDueAt !== null && c.nextDueAt < now).map((c) => ({ kind: 'waiting_past_sla', level: 'watch', at: c.nextDueAt!, complaint: ref(c) }));
}
