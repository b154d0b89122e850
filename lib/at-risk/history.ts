/**
 * What the signals read of one member: plain data loaded from the complaint record (lib/at-risk/load.ts),
 * so each signal is a pure function of it and a clock.
 */
export interface ComplaintHistory {
  id: string;
  number: number;
  categoryId: string;
  branchId: string;
  assigneeId: string | null;
  createdAt: Date;
  status: 'open' | 'acknowledged' | 'in_progress' | 'solution_proposed' | 'resolved' | 'closed';
  closeReason: 'duplicate' | 'not_actionable' | 'withdrawn' | 'no_response' | null;
  closedAt: Date | null;
  /** When the company's next word is due while it has the ball (null when the member has it, or finished). */
  nextDueAt: Date | null;
  /** Since when it waits for the company (the board's "waiting for the club"). */
  waitingSince: Date | null;
  breaches: Date[];
  rejections: Date[];
  rating: { rating: number; wouldStay: boolean; at: Date } | null;
}

export interface MemberHistory {
  memberSince: Date;
  /** The member's last sign of life: reading a thread, writing on a complaint. */
  lastVisitAt: Date | null;
  complaints: ComplaintHistory[];
  /** The last follow-up closed with the member reached (or not needed): what it answered is settled. */
  settledAt: Date | null;
}

export type Level = 'none' | 'watch' | 'high';

export const SIGNALS = ['waiting_past_sla', 'long_tenure_breach', 'solution_rejected', 'low_rating', 'would_not_stay', 'closed_no_response', 'repeated_complaints', 'silent_after_complaint'] as const;
export type SignalKind = (typeof SIGNALS)[number];

/** One reason, in data: the page says it in words (at-risk.signals.<kind>). */
export interface Signal {
  kind: SignalKind;
  level: Exclude<Level, 'none'>;
  /** When the signal appeared. */
  at: Date;
  complaint?: Pick<ComplaintHistory, 'id' | 'number'>;
}

export const DAY_MS = 86_400_000;
/** Events older than this no longer say anything about whether the member stays. */
export const RECENT_DAYS = 90;
export const LONG_TENURE_YEARS = 10;

export const isRecent = (at: Date, now: Date) => now.getTime() - at.getTime() <= RECENT_DAYS * DAY_MS && at <= now;
export const ref = (c: ComplaintHistory) => ({ id: c.id, number: c.number });

/** Full years between the member's start and now. */
export function tenureYears(since: Date, now: Date): number {
  let years = now.getUTCFullYear() - since.getUTCFullYear();
  const before = now.getUTCMonth() < since.getUTCMonth() || (now.getUTCMonth() === since.getUTCMonth() && now.getUTCDate() < since.getUTCDate());
  if (before) years--;
  return Math.max(0, years);
}
