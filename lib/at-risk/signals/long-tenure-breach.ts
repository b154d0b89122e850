import { isRecent, LONG_TENURE_YEARS, type MemberHistory, ref, type Signal, tenureYears } from '../history';

/** The bank's 19-year customer: a recent SLA breach on a complaint of a member of ten years or more. */
export function longTenureBreach(h: MemberHistory, now: Date): Signal[] {
  if (tenureYears(h.memberSince, now) < LONG_TENURE_YEARS) return [];
  return h.complaints.flatMap((c) => {
    const last = c.breaches.filter((at) => isRecent(at, now)).at(-1);
    return last ? [{ kind: 'long_tenure_breach' as const, level: 'high' as const, at: last, complaint: ref(c) }] : [];
  });
}
