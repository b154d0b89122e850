import { hasRole, type Role } from '@/lib/policy';

export const DEFAULT_GRACE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SecondFactorStanding {
  /** Enrolled and confirmed. */
  enabled: boolean;
  /** For staff and managers without one: the moment from which staff pages are closed to them; null for members. */
  dueAt: Date | null;
}

/** Staff and managers must enrol within the grace period, counted from their account or the rule, whichever came later. */
export function secondFactorStanding(
  account: { role: Role; createdAt: Date },
  enabledAt: Date | null,
  rule: { graceDays: number; requiredFrom: Date } | null,
): SecondFactorStanding {
  const enabled = enabledAt !== null;
  if (enabled || !hasRole(account, 'staff')) return { enabled, dueAt: null };
  const from = Math.max(account.createdAt.getTime(), rule?.requiredFrom.getTime() ?? account.createdAt.getTime());
  return { enabled, dueAt: new Date(from + (rule?.graceDays ?? DEFAULT_GRACE_DAYS) * DAY_MS) };
}

/** Whether the grace period is over for someone who still has no second factor. */
export function secondFactorOverdue(standing: SecondFactorStanding, now = new Date()): boolean {
  return standing.dueAt !== null && standing.dueAt <= now;
}
