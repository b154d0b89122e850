import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA, nextDueAt, resolutionDueAt, slaState, waitingSince } from '@/lib/complaints/sla';

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
      expect(waitingSince(c)).toBeNull();
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

  it('counts the wait from the company’s last word', () => {
    expect(waitingSince({ status: 'open', createdAt: filed, firstResponseAt: null, lastStaffUpdateAt: null })).toEqual(filed);
    expect(waitingSince({ status: 'in_progress', createdAt: filed, firstResponseAt: at('09:30:00'), lastStaffUpdateAt: at('12:00:00') })).toEqual(at('12:00:00'));
  });
});
