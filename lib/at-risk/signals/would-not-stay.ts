import { isRecent, type MemberHistory, ref, type Signal } from '../history';

/** The member said, in the survey, they would not stay: the strongest word there is. */
export function wouldNotStay(h: MemberHistory, now: Date): Signal[] {
  return h.complaints.flatMap((c) => (c.rating && !c.rating.wouldStay && isRecent(c.rating.at, now) ? [{ kind: 'would_not_stay' as const, level: 'high' as const, at: c.rating.at, complaint: ref(c) }] : []));
}
