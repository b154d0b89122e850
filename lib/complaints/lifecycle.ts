// The complaint lifecycle of docs/domain.md › Complaint board, as data: what each action does from each
// status, and who may take it. Pure, so the table itself is what the tests check.

export const STATUSES = ['open', 'acknowledged', 'in_progress', 'solution_proposed', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const CLOSE_REASONS = ['duplicate', 'not_actionable', 'withdrawn', 'no_response'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Who is acting: the complaint's author, a staff member (or manager), or the system's own jobs. */
export type Party = 'author' | 'staff' | 'system';

export type Action =
  | 'official_reply' // a signed staff answer; the first one acknowledges the complaint
  | 'start_progress'
  | 'progress_update'
  | 'propose_solution'
  | 'accept_solution'
  | 'reject_solution'
  | 'auto_resolve' // the confirmation window passed without an answer
  | 'close' // staff: duplicate, not actionable, no response
  | 'withdraw' // the author: closed as withdrawn
  | 'reopen'; // staff bring back a resolved or closed complaint

export const FINAL: readonly Status[] = ['resolved', 'closed'];
const LIVE: readonly Status[] = ['open', 'acknowledged', 'in_progress', 'solution_proposed'];

interface Rule {
  by: Party;
  from: readonly Status[];
  /** The status after the action; `same` keeps it (a reply on a complaint already in progress). */
  to: Status | 'same';
}

const RULES: Record<Action, Rule[]> = {
  official_reply: [
    { by: 'staff', from: ['open'], to: 'acknowledged' },
    { by: 'staff', from: ['acknowledged', 'in_progress', 'solution_proposed'], to: 'same' },
  ],
  start_progress: [{ by: 'staff', from: ['open', 'acknowledged'], to: 'in_progress' }],
  progress_update: [
    { by: 'staff', from: ['open', 'acknowledged'], to: 'in_progress' },
    { by: 'staff', from: ['in_progress'], to: 'same' },
  ],
  propose_solution: [{ by: 'staff', from: ['open', 'acknowledged', 'in_progress'], to: 'solution_proposed' }],
  accept_solution: [{ by: 'author', from: ['solution_proposed'], to: 'resolved' }],
  reject_solution: [{ by: 'author', from: ['solution_proposed'], to: 'in_progress' }],
  auto_resolve: [{ by: 'system', from: ['solution_proposed'], to: 'resolved' }],
  close: [{ by: 'staff', from: LIVE, to: 'closed' }],
  withdraw: [{ by: 'author', from: LIVE, to: 'closed' }],
  reopen: [{ by: 'staff', from: FINAL, to: 'open' }],
};

export const ACTIONS = Object.keys(RULES) as Action[];

/** The status an action leads to, or null when that party may not take it from that status. */
export function transition(from: Status, action: Action, by: Party): Status | null {
  const rule = RULES[action].find((r) => r.by === by && r.from.includes(from));
  if (!rule) return null;
  return rule.to === 'same' ? from : rule.to;
}

/** Which actions a party could take now: the buttons a page offers. */
export function availableActions(from: Status, by: Party): Action[] {
  return ACTIONS.filter((a) => transition(from, a, by) !== null);
}

/** Reasons staff may give; `withdrawn` belongs to the author alone. */
export const STAFF_CLOSE_REASONS: readonly CloseReason[] = ['duplicate', 'not_actionable', 'no_response'];

export const isFinal = (s: Status) => FINAL.includes(s);
/** A rejection, or staff reopening a finished complaint, counts as a reopen (DOMAIN › Metrics). */
export const countsAsReopen = (action: Action) => action === 'reject_solution' || action === 'reopen';
