import { type Level, type MemberHistory, type Signal } from './history';
import { closedNoResponse } from './signals/closed-no-response';
import { longTenureBreach } from './signals/long-tenure-breach';
import { lowRating } from './signals/low-rating';
import { repeatedComplaints } from './signals/repeated-complaints';
import { silentAfterComplaint } from './signals/silent-after-complaint';
import { solutionRejected } from './signals/solution-rejected';
import { waitingPastSla } from './signals/waiting-past-sla';
import { wouldNotStay } from './signals/would-not-stay';

const ALL = [waitingPastSla, longTenureBreach, solutionRejected, lowRating, wouldNotStay, closedNoResponse, repeatedComplaints, silentAfterComplaint];

// A complaint still waiting is the company's to fix, whoever talked to the member: a follow-up never settles it.
const ONGOING = new Set<Signal['kind']>(['waiting_past_sla']);

const RANK: Record<Level, number> = { none: 0, watch: 1, high: 2 };

export interface Assessment {
  level: Level;
  /** Strongest first, then oldest: the order the page lists them in. */
  reasons: Signal[];
}

/**
 * A member's level is the strongest of their signals, with every signal listed as the reason: no score.
 * What a follow-up that reached the member answered (signals from before it closed) is settled.
 */
export function assess(h: MemberHistory, now: Date): Assessment {
  const reasons = ALL.flatMap((signal) => signal(h, now))
    .filter((s) => ONGOING.has(s.kind) || !h.settledAt || s.at > h.settledAt)
    .sort((a, b) => RANK[b.level] - RANK[a.level] || a.at.getTime() - b.at.getTime());
  const level = reasons.reduce<Level>((top, s) => (RANK[s.level] > RANK[top] ? s.level : top), 'none');
  return { level, reasons };
}

export const outranks = (a: Level, b: Level) => RANK[a] > RANK[b];
