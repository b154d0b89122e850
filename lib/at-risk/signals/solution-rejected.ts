import { isRecent, type MemberHistory, ref, type Signal } from '../history';

/** The member said no to what the company offered; it passes once the complaint ends resolved. */
export function solutionRejected(h: MemberHistory, now: Date): Signal[] {
  return h.complaints.flatMap((c) => {
    const last = c.rejections.filter((at) => isRecent(at, now)).at(-1);
    return last && c.status !== 'resolved' ? [{ kind: 'solution_rejected' as const, level: 'watch' as const, at: last, complaint: ref(c) }] : [];
  });
}
