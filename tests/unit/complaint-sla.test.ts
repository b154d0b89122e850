import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA, nextDueAt, resolutionDueAt, slaState, waitingLine } from '@/lib/complaints/sla';

// A controllable clock: every instant is written out.
const at = (iso: string) => new Date(`2026-03-02T${iso}Z`);
const filed = at('09:00:00');

describe('SLA clock', () => {
  it('owes the first answer within the first-response time of the priority', () => {
    const c = { status: 'open' as const, createdAt: filed, firstResponseAt: null, lastStaffUpdateAt: null };
    expect(nextDueAt(DEFAULT_SLA.urgent, c)).toEqual(at('10:00:00'));
    expect(nextDueAt(DEFAULT_SLA.high, c)).toEqual(at('13:00:00'));
    expect(nextDueAt(DEFAULT_SLA.normal, c)).toEqual(new Date('2026-03-03T09:00:00Z'));
  });

  it('then owes an update every interval after the last staff word', () => {
    const c = { status: 'in_progress' as const, createdAt: filed, firstResponseAt: at('09:30:00'), lastStaffUpdateAt: at('11:00:00') };
    expect(nextDueAt(DEFAULT_SLA.urgent, c)).toEqual(at('15:00:00'));
    expect(nextDueAt(DEFAULT_SLA.urgent, { ...c, lastStaffUpdateAt: null })).toEqual(at('13:30:00'));
  });

  it('stops while the member holds the ball and once finished', () => {
    for (const status of ['solution_proposed', 'resolved', 'closed'] as const) {
      const c = { status, createdAt: filed, firstResponseAt: at('09:30:00'), lastStaffUpdateAt: null };
      expect(nextDueAt(DEFAULT_SLA.urgent, c)).toBeNull();
    }
  });

  it('sets the resolution deadline from filing', () => {
    expect(resolutionDueAt(DEFAULT_SLA.low, filed)).toEqual(new Date('2026-04-01T09:00:00Z'));
  });

  it('reads ok, due soon (last fifth) and breached at the edges', () => {
    const due = at('10:00:00');
    expect(slaState(due, at('09:47:59'), 60)).toBe('ok');
    expect(slaState(due, at('09:48:01'), 60)).toBe('due_soon');
    expect(slaState(due, at('10:00:00'), 60)).toBe('due_soon');
    expect(slaState(due, at('10:00:01'), 60)).toBe('breached');
    expect(slaState(null, at('10:00:01'), 60)).toBe('none');
  });

  it('says who has the ball as the clock counts it: the company since its last word, the member since the proposal, nobody once ended', () => {
    const none = { firstResponseAt: null, lastStaffUpdateAt: null, solutionProposedAt: null, resolvedAt: null, closedAt: null, createdAt: filed };
    expect(waitingLine({ ...none, status: 'open' })).toEqual({ party: 'club', owed: 'first_response', since: filed });
    const answered = { ...none, firstResponseAt: at('09:30:00'), lastStaffUpdateAt: at('12:00:00') };
    expect(waitingLine({ ...answered, status: 'acknowledged' })).toEqual({ party: 'club', owed: 'update', since: at('12:00:00') });
    expect(waitingLine({ ...answered, status: 'in_progress' })).toEqual({ party: 'club', owed: 'update', since: at('12:00:00') });
    expect(waitingLine({ ...answered, status: 'solution_proposed', solutionProposedAt: at('12:00:00') })).toEqual({ party: 'member', since: at('12:00:00') });
    expect(waitingLine({ ...answered, status: 'resolved', resolvedAt: at('15:00:00') })).toEqual({ party: 'nobody', ended: 'resolved', took: 6 * 3_600_000 });
    expect(waitingLine({ ...answered, status: 'closed', closedAt: at('10:00:00') })).toEqual({ party: 'nobody', ended: 'closed', took: 3_600_000 });
  });
});
