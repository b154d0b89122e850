import { resolutionDueAt, SPAIN_LEGAL_MONTH_MINUTES, type SlaState, slaState } from '@/lib/complaints/sla';

/**
 * GDPR art. 12.3: a request is answered within one month of its receipt. The complaints' legal month
 * and SLA clock, applied to the desk: due a month after it arrived, "due soon" in the last fifth.
 */
export const PRIVACY_MONTH = { resolutionMinutes: SPAIN_LEGAL_MONTH_MINUTES };

export function privacyDueAt(receivedAt: Date): Date {
  return resolutionDueAt({ firstResponseMinutes: 0, updateMinutes: 0, ...PRIVACY_MONTH }, receivedAt);
}

export function privacyClock(r: { status: string; dueAt: Date }, now: Date): SlaState {
  return isLive(r.status) ? slaState(r.dueAt, now, PRIVACY_MONTH.resolutionMinutes) : 'none';
}

export const LIVE_STATUSES = ['open', 'in_progress'] as const;
export const isLive = (status: string) => (LIVE_STATUSES as readonly string[]).includes(status);
