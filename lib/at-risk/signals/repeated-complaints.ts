import { isRecent, type MemberHistory, ref, type Signal } from '../history';

export const REPEATED = 2;

/** Two or more complaints filed in the last 90 days; the signal starts with the one that made it two. */
export function repeatedComplaints(h: MemberHistory, now: Date): Signal[] {
  const recent = h.complaints.filter((c) => isRecent(c.createdAt, now)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const nth = recent[REPEATED - 1];
  return nth ? [{ kind: 'repeated_complaints', level: 'watch', at: nth.createdAt, complaint: ref(recent.at(-1)!) }] : [];
}
