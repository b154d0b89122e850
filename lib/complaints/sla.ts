import type { Status } from './lifecycle';

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface SlaPolicy {
  firstResponseMinutes: number;
  updateMinutes: number;
  resolutionMinutes: number;
}

export const DEFAULT_SLA: Record<Priority, SlaPolicy> = {
  urgent: { firstResponseMinutes: 60, updateMinutes: 240, resolutionMinutes: 1440 },
  high: { firstResponseMinutes: 240, updateMinutes: 1440, resolutionMinutes: 4320 },
  normal: { firstResponseMinutes: 1440, updateMinutes: 4320, resolutionMinutes: 10080 },
  low: { firstResponseMinutes: 4320, updateMinutes: 10080, resolutionMinutes: 43200 },
};

/** Spain's consumer rule: an answer within one month. Applied to every priority's resolution. */
export const SPAIN_LEGAL_MONTH_MINUTES = 30 * 24 * 60;

export interface SlaFacts {
  status: Status;
  createdAt: Date;
  firstResponseAt: Date | null;
  lastStaffUpdateAt: Date | null;
}

const addMinutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

/**
 * When the company owes the member its next word: the first answer until there is one, then an update
 * every interval. Nothing is owed while the member has the ball (solution proposed) or once finished.
 */
export function nextDueAt(policy: SlaPolicy, c: SlaFacts): Date | null {
  if (c.status === 'solution_proposed' || c.status === 'resolved' || c.status === 'closed') return null;
  if (!c.firstResponseAt) return addMinutes(c.createdAt, policy.firstResponseMinutes);
  return addMinutes(c.lastStaffUpdateAt ?? c.firstResponseAt, policy.updateMinutes);
}

export function resolutionDueAt(policy: SlaPolicy, createdAt: Date): Date {
  return addMinutes(createdAt, policy.resolutionMinutes);
}

export type SlaState = 'ok' | 'due_soon' | 'breached' | 'none';

/** For the inbox clock: breached when late, due soon in the last fifth of the interval. */
export function slaState(due: Date | null, now: Date, intervalMinutes: number): SlaState {
  if (!due) return 'none';
  const left = due.getTime() - now.getTime();
  if (left < 0) return 'breached';
  return left < intervalMinutes * 60_000 * 0.2 ? 'due_soon' : 'ok';
}

export interface WaitingFacts extends SlaFacts {
  solutionProposedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

/**
 * Who has the ball and since when, as the SLA clock counts it: the company for its first answer (since
 * filing) or for a solution or an update (since its last official word); the member for a confirmation
 * (since the proposal); or nobody, once it ended, with how long it took.
 */
export type WaitingLine =
  | { party: 'club'; owed: 'first_response' | 'update'; since: Date }
  | { party: 'member'; since: Date }
  | { party: 'nobody'; ended: 'resolved' | 'closed'; took: number };

export function waitingLine(c: WaitingFacts): WaitingLine {
  const end = c.status === 'resolved' ? c.resolvedAt : c.status === 'closed' ? c.closedAt : null;
  if (c.status === 'resolved' || c.status === 'closed') return { party: 'nobody', ended: c.status, took: Math.max(0, (end ?? c.createdAt).getTime() - c.createdAt.getTime()) };
  if (c.status === 'solution_proposed') return { party: 'member', since: c.solutionProposedAt ?? c.lastStaffUpdateAt ?? c.createdAt };
  if (!c.firstResponseAt) return { party: 'club', owed: 'first_response', since: c.createdAt };
  return { party: 'club', owed: 'update', since: c.lastStaffUpdateAt ?? c.firstResponseAt };
}
