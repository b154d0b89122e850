import { describe, expect, it } from 'vitest';
import type { ComplaintHistory, MemberHistory } from '@/lib/at-risk/history';
import { tenureYears } from '@/lib/at-risk/history';
import { assess } from '@/lib/at-risk/level';
import { closedNoResponse } from '@/lib/at-risk/signals/closed-no-response';
import { longTenureBreach } from '@/lib/at-risk/signals/long-tenure-breach';
import { lowRating } from '@/lib/at-risk/signals/low-rating';
import { repeatedComplaints } from '@/lib/at-risk/signals/repeated-complaints';
import { silentAfterComplaint } from '@/lib/at-risk/signals/silent-after-complaint';
import { solutionRejected } from '@/lib/at-risk/signals/solution-rejected';
import { waitingPastSla } from '@/lib/at-risk/signals/waiting-past-sla';
import { wouldNotStay } from '@/lib/at-risk/signals/would-not-stay';

// The fixed clock every history is read at.
const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

let n = 0;
function complaint(extra: Partial<ComplaintHistory> = {}): ComplaintHistory {
  n++;
  return {
    id: `c${n}`,
    number: n,
    categoryId: 'cat',
    branchId: 'branch',
    assigneeId: null,
    createdAt: daysAgo(10),
    status: 'in_progress',
    closeReason: null,
    closedAt: null,
    nextDueAt: new Date(NOW.getTime() + 3_600_000),
    waitingSince: daysAgo(1),
    breaches: [],
    rejections: [],
    rating: null,
    ...extra,
  };
}

const member = (complaints: ComplaintHistory[], extra: Partial<MemberHistory> = {}): MemberHistory => ({
  memberSince: new Date('2024-01-15T00:00:00Z'),
  lastVisitAt: daysAgo(1),
  complaints,
  settledAt: null,
  ...extra,
});
const veteran = (complaints: ComplaintHistory[]) => member(complaints, { memberSince: new Date('2007-03-01T00:00:00Z') });

describe('waiting past the SLA', () => {
  it('speaks while the company is late and not before', () => {
    const late = complaint({ nextDueAt: daysAgo(2) });
    expect(waitingPastSla(member([late]), NOW)).toEqual([{ kind: 'waiting_past_sla', level: 'watch', at: daysAgo(2), complaint: { id: late.id, number: late.number } }]);
    expect(waitingPastSla(member([complaint()]), NOW)).toEqual([]);
    expect(waitingPastSla(member([complaint({ nextDueAt: null, status: 'solution_proposed' })]), NOW)).toEqual([]);
  });
});

describe('a breach for a member of ten years or more', () => {
  it('is high for a veteran, nothing for a newer member, and ages out after 90 days', () => {
    const c = complaint({ breaches: [daysAgo(30), daysAgo(3)] });
    expect(longTenureBreach(veteran([c]), NOW)).toEqual([{ kind: 'long_tenure_breach', level: 'high', at: daysAgo(3), complaint: { id: c.id, number: c.number } }]);
    expect(longTenureBreach(member([c]), NOW)).toEqual([]);
    expect(longTenureBreach(veteran([complaint({ breaches: [daysAgo(91)] })]), NOW)).toEqual([]);
  });

  it('counts full years of tenure, the anniversary included', () => {
    expect(tenureYears(new Date('2016-06-01T00:00:00Z'), NOW)).toBe(10);
    expect(tenureYears(new Date('2016-06-02T00:00:00Z'), NOW)).toBe(9);
  });
});

describe('a rejected solution', () => {
  it('counts until the complaint ends resolved', () => {
    expect(solutionRejected(member([complaint({ rejections: [daysAgo(5)] })]), NOW).map((s) => s.at)).toEqual([daysAgo(5)]);
    expect(solutionRejected(member([complaint({ rejections: [daysAgo(5)], status: 'resolved' })]), NOW)).toEqual([]);
  });
});

describe('survey answers', () => {
  const rated = (rating: number, wouldStay: boolean, ago = 2) => complaint({ status: 'resolved', rating: { rating, wouldStay, at: daysAgo(ago) } });

  it('a rating of 2 or less is a watch; 3 is not', () => {
    expect(lowRating(member([rated(2, true)]), NOW).map((s) => s.level)).toEqual(['watch']);
    expect(lowRating(member([rated(1, true)]), NOW)).toHaveLength(1);
    expect(lowRating(member([rated(3, true)]), NOW)).toEqual([]);
    expect(lowRating(member([rated(1, true, 120)]), NOW)).toEqual([]);
  });

  it('"would stay = no" is high', () => {
    expect(wouldNotStay(member([rated(4, false)]), NOW).map((s) => s.level)).toEqual(['high']);
    expect(wouldNotStay(member([rated(4, true)]), NOW)).toEqual([]);
  });
});

describe('closed for no response', () => {
  it('speaks for that close reason only', () => {
    expect(closedNoResponse(member([complaint({ status: 'closed', closeReason: 'no_response', closedAt: daysAgo(4), nextDueAt: null })]), NOW)).toHaveLength(1);
    expect(closedNoResponse(member([complaint({ status: 'closed', closeReason: 'withdrawn', closedAt: daysAgo(4), nextDueAt: null })]), NOW)).toEqual([]);
  });
});

describe('two or more complaints in 90 days', () => {
  it('starts with the second one', () => {
    const [a, b] = [complaint({ createdAt: daysAgo(50) }), complaint({ createdAt: daysAgo(20) })];
    expect(repeatedComplaints(member([a, b]), NOW)).toEqual([{ kind: 'repeated_complaints', level: 'watch', at: daysAgo(20), complaint: { id: b.id, number: b.number } }]);
    expect(repeatedComplaints(member([complaint({ createdAt: daysAgo(100) }), b]), NOW)).toEqual([]);
  });
});

describe('silence after a complaint', () => {
  it('appears 60 days after the last complaint or the last visit after it', () => {
    const c = complaint({ createdAt: daysAgo(70) });
    expect(silentAfterComplaint(member([c], { lastVisitAt: daysAgo(80) }), NOW).map((s) => s.at)).toEqual([daysAgo(10)]);
    expect(silentAfterComplaint(member([c], { lastVisitAt: daysAgo(30) }), NOW)).toEqual([]);
    expect(silentAfterComplaint(member([c], { lastVisitAt: null }), NOW).map((s) => s.level)).toEqual(['high']);
    expect(silentAfterComplaint(member([]), NOW)).toEqual([]);
  });
});

describe('the level', () => {
  it('is the strongest signal, with every reason listed strongest first', () => {
    const late = complaint({ nextDueAt: daysAgo(1), createdAt: daysAgo(40) });
    const unhappy = complaint({ status: 'resolved', nextDueAt: null, rating: { rating: 1, wouldStay: false, at: daysAgo(2) } });
    const { level, reasons } = assess(member([late, unhappy]), NOW);
    expect(level).toBe('high');
    expect(reasons.map((r) => r.kind)).toEqual(['would_not_stay', 'repeated_complaints', 'low_rating', 'waiting_past_sla']);
  });

  it('is none without signals', () => {
    expect(assess(member([complaint()]), NOW)).toEqual({ level: 'none', reasons: [] });
  });

  it('a follow-up that reached the member settles what came before it, but never a complaint still waiting', () => {
    const late = complaint({ nextDueAt: daysAgo(3), rejections: [daysAgo(4)] });
    expect(assess(member([late], { settledAt: daysAgo(1) }), NOW).reasons.map((r) => r.kind)).toEqual(['waiting_past_sla']);
    expect(assess(member([complaint({ rejections: [daysAgo(4)] })], { settledAt: daysAgo(1) }), NOW).level).toBe('none');
    expect(assess(member([complaint({ rejections: [daysAgo(1)] })], { settledAt: daysAgo(4) }), NOW).level).toBe('watch');
  });
});
