import { DAY_MS, type MemberHistory, ref, type Signal } from '../history';

export const SILENT_DAYS = 60;

/** No visit in the 60 days after the member's last complaint: people leave quietly. */
export function silentAfterComplaint(h: MemberHistory, now: Date): Signal[] {
  const last = h.complaints.reduce<MemberHistory['complaints'][number] | undefined>((a, c) => (!a || c.createdAt > a.createdAt ? c : a), undefined);
  if (!last) return [];
  const seen = h.lastVisitAt && h.lastVisitAt > last.createdAt ? h.lastVisitAt : last.createdAt;
  const at = new Date(seen.getTime() + SILENT_DAYS * DAY_MS);
  return at <= now ? [{ kind: 'silent_after_complaint', level: 'high', at, complaint: ref(last) }] : [];
}
