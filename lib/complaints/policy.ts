import { type Actor, hasRole, isActive, isSilenced } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { isFinal, type Status } from './lifecycle';

/**
 * Who may do what on the complaint board. Verbs call it before touching anything; pages use it to
 * offer only what the person can do. Status rules (which transition from where) live in lifecycle.ts.
 */

/** Days the author has to answer the satisfaction survey once the complaint is finished. */
export const RATING_WINDOW_DAYS = 30;

export type ComplaintAction =
  | 'view'
  | 'comment'
  | 'me_too'
  | 'follow'
  | 'view_private' // the private case: author and staff
  | 'private_message'
  | 'view_internal' // internal notes, assignment, SLA clocks
  | 'answer' // official replies, progress, solutions, closing, reopening
  | 'manage' // assignment, priority, internal notes, incidents, redaction
  | 'author_decide' // accept or reject a solution, withdraw
  | 'rate';

export interface ComplaintFacts {
  authorId: string;
  status: Status;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rated: boolean;
}

/** The board's audience: every active member, and visitors too when the manager made it public. */
export function canSeeBoard(actor: Actor | null, boardPublic: boolean): boolean {
  if (!actor) return boardPublic;
  return isActive(actor) || boardPublic;
}

const isStaff = (a: Actor) => hasRole(a, 'staff');

// What a silenced (read-only) account keeps: reading, following, and its private case with staff.
const READ_ONLY: ReadonlySet<ComplaintAction> = new Set(['view', 'follow', 'view_private', 'private_message', 'view_internal']);

export function finishedAt(c: Pick<ComplaintFacts, 'status' | 'resolvedAt' | 'closedAt'>): Date | null {
  if (c.status === 'resolved') return c.resolvedAt;
  if (c.status === 'closed') return c.closedAt;
  return null;
}

export function ratingOpen(c: ComplaintFacts, now = new Date()): boolean {
  const end = finishedAt(c);
  return !c.rated && end !== null && now.getTime() - end.getTime() <= RATING_WINDOW_DAYS * 86_400_000;
}

export function canComplaint(actor: Actor | null, action: ComplaintAction, c: ComplaintFacts, boardPublic = false, now = new Date()): boolean {
  if (action === 'view') return canSeeBoard(actor, boardPublic);
  if (!actor || !isActive(actor, now)) return false;
  if (isSilenced(actor, now) && !READ_ONLY.has(action)) return false;
  const author = actor.id === c.authorId;
  switch (action) {
    case 'comment':
      return !isFinal(c.status);
    case 'me_too':
      return !author && !isFinal(c.status);
    case 'follow':
      return true;
    case 'view_private':
    case 'private_message':
      return author || isStaff(actor);
    case 'view_internal':
    case 'manage':
      return isStaff(actor);
    case 'answer':
      // Nobody answers officially for the company on their own complaint.
      return isStaff(actor) && !author;
    case 'author_decide':
      return author;
    case 'rate':
      return author && ratingOpen(c, now);
  }
}

/** Why a person may not take an action, in the words the form shows them. */
function refusal(actor: Actor, action: ComplaintAction, c: ComplaintFacts): string {
  const author = actor.id === c.authorId;
  switch (action) {
    case 'answer':
      return author ? 'complaints.errors.ownComplaint' : 'errors.forbidden';
    case 'comment':
      return 'complaints.errors.finished';
    case 'me_too':
      return author ? 'complaints.errors.meTooOwn' : 'complaints.errors.finished';
    case 'author_decide':
      return 'complaints.errors.authorOnly';
    case 'rate':
      return !author ? 'complaints.errors.authorOnly' : finishedAt(c) ? 'complaints.errors.ratingClosed' : 'complaints.errors.notFinished';
    default:
      return 'errors.forbidden';
  }
}

/** The check every verb makes before it changes anything: refused with the reason, or nothing. */
export function assertComplaint(actor: Actor, action: ComplaintAction, c: ComplaintFacts): void {
  if (!canComplaint(actor, action, c)) throw new Forbidden(refusal(actor, action, c));
}
