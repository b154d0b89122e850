import { isFinal, type Status } from '@/lib/complaints/lifecycle';
import { type Actor, hasRole } from './standing';
import { refuseUnless, type Rule, type RuleTable } from './rule';

/** Days the author has to answer the satisfaction survey once the complaint is finished. */
export const RATING_WINDOW_DAYS = 30;

export interface ComplaintFacts {
  authorId: string;
  status: Status;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rated: boolean;
}

export function finishedAt(c: Pick<ComplaintFacts, 'status' | 'resolvedAt' | 'closedAt'>): Date | null {
  if (c.status === 'resolved') return c.resolvedAt;
  if (c.status === 'closed') return c.closedAt;
  return null;
}

export function ratingOpen(c: ComplaintFacts, now = new Date()): boolean {
  const end = finishedAt(c);
  return !c.rated && end !== null && now.getTime() - end.getTime() <= RATING_WINDOW_DAYS * 86_400_000;
}

const isStaff = (a: Actor) => hasRole(a, 'staff');
const isAuthor = (a: Actor, c: ComplaintFacts) => a.id === c.authorId;
type On = Rule<ComplaintFacts>;

/**
 * Who may do what on the complaint board. Status rules (which transition from where) live in
 * lib/complaints/lifecycle.ts; these say who, and why not in the words the form shows.
 */
export const complaintRules = {
  /** The board and its complaints: every active member, and visitors too when the manager made it public. */
  'view:board': { standing: 'active', visitor: (t: { boardPublic: boolean }) => t.boardPublic, check: () => null } as Rule<{ boardPublic: boolean }>,
  'comment:complaint': { check: (_, c) => refuseUnless(!isFinal(c.status), 'complaints.errors.finished') } as On,
  'me_too:complaint': { check: (a, c) => (isAuthor(a, c) ? 'complaints.errors.meTooOwn' : refuseUnless(!isFinal(c.status), 'complaints.errors.finished')) } as On,
  'follow:complaint': { standing: 'active', check: () => null } as On,
  /** The private case: author and staff. */
  'view_private:complaint': { standing: 'active', check: (a, c) => refuseUnless(isAuthor(a, c) || isStaff(a)) } as On,
  'message_private:complaint': { standing: 'active', check: (a, c) => refuseUnless(isAuthor(a, c) || isStaff(a)) } as On,
  /** Internal notes, assignment, SLA clocks. */
  'view_internal:complaint': { standing: 'active', check: (a) => refuseUnless(isStaff(a)) } as On,
  /** Official replies, progress, solutions, closing, reopening. Nobody answers for the company on their own complaint. */
  'answer:complaint': { check: (a, c) => (isAuthor(a, c) ? 'complaints.errors.ownComplaint' : refuseUnless(isStaff(a))) } as On,
  /** Assignment, priority, internal notes, incidents, redaction. */
  'manage:complaint': { check: (a) => refuseUnless(isStaff(a)) } as On,
  /** Accept or reject a solution, withdraw. */
  'decide:complaint': { check: (a, c) => refuseUnless(isAuthor(a, c), 'complaints.errors.authorOnly') } as On,
  'rate:complaint': {
    check: (a, c, now) => {
      if (!isAuthor(a, c)) return 'complaints.errors.authorOnly';
      if (ratingOpen(c, now)) return null;
      return finishedAt(c) ? 'complaints.errors.ratingClosed' : 'complaints.errors.notFinished';
    },
  } as On,
} satisfies RuleTable;
