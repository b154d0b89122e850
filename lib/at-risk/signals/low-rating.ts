import { isRecent, type MemberHistory, ref, type Signal } from '../history';

export const LOW_RATING = 2;

/** A recent satisfaction answer of 2 stars or fewer. */
export function lowRating(h: MemberHistory, now: Date): Signal[] {
  return h.complaints.flatMap((c) => (c.rating && c.rating.rating <= LOW_RATING && isRecent(c.rating.at, now) ? [{ kind: 'low_rating' as const, level: 'watch' as const, at: c.rating.at, complaint: ref(c) }] : []));
}
