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

/** "Waiting for the club for N days": since the company last spoke, or since filing. */
export function waitingSince(c: SlaFacts): Date | null {
  if (c.status === 'solution_proposed' || c.status === 'resolved' || c.status === 'closed') return null;
  return c.lastStaffUpdateAt ?? c.firstResponseAt ?? c.createdAt;
}
