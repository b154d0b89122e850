import { isRecent, type MemberHistory, ref, type Signal } from '../history';

/** The company closed a complaint for want of an answer: the member may have given up on being heard. */
export function closedNoResponse(h: MemberHistory, now: Date): Signal[] {
  return h.complaints.flatMap((c) =>
    c.status === 'closed' && c.closeReason === 'no_response' && c.closedAt && isRecent(c.closedAt, now) ? [{ kind: 'closed_no_response' as const, level: 'watch' as const, at: c.closedAt, complaint: ref(c) }] : [],
  );
}
