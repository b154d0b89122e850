import { describe, expect, it } from 'vitest';
import { moveStep } from '@/lib/complaints/settings/order';
import { legalMonthPreset, splitMinutes } from '@/lib/complaints/settings/sla-units';
import { DEFAULT_SLA, SPAIN_LEGAL_MONTH_MINUTES } from '@/lib/complaints/sla';

describe('SLA units', () => {
  it('shows a time in the largest unit that says it exactly', () => {
    expect(splitMinutes(60)).toEqual({ value: 1, unit: 'hours' });
    expect(splitMinutes(90)).toEqual({ value: 90, unit: 'minutes' });
    expect(splitMinutes(2880)).toEqual({ value: 2, unit: 'days' });
    expect(splitMinutes(1500)).toEqual({ value: 25, unit: 'hours' });
    expect(splitMinutes(SPAIN_LEGAL_MONTH_MINUTES)).toEqual({ value: 30, unit: 'days' });
  });

  it("Spain's legal month sets every resolution to 30 days and caps only what exceeds it", () => {
    const slow = { ...DEFAULT_SLA, low: { firstResponseMinutes: 50 * 1440, updateMinutes: 40 * 1440, resolutionMinutes: 60 * 1440 } };
    const legal = legalMonthPreset(slow);
    for (const p of ['urgent', 'high', 'normal', 'low'] as const) expect(legal[p].resolutionMinutes).toBe(SPAIN_LEGAL_MONTH_MINUTES);
    expect(legal.urgent).toMatchObject({ firstResponseMinutes: 60, updateMinutes: 240 });
    expect(legal.normal).toMatchObject({ firstResponseMinutes: 1440, updateMinutes: 4320 });
    expect(legal.low).toMatchObject({ firstResponseMinutes: SPAIN_LEGAL_MONTH_MINUTES, updateMinutes: SPAIN_LEGAL_MONTH_MINUTES });
  });
});

describe('moving an entry one step', () => {
  const rows = [
    { id: 'a', position: 0, archived: false },
    { id: 'b', position: 1, archived: true },
    { id: 'c', position: 2, archived: false },
  ];
  const sameGroup = (x: (typeof rows)[number], y: (typeof rows)[number]) => x.archived === y.archived;

  it('swaps with the nearest neighbour of its group and renumbers what changed', () => {
    expect(moveStep(rows, 'c', 'up', sameGroup)).toEqual([
      { id: 'c', position: 0 },
      { id: 'a', position: 2 },
    ]);
    expect(moveStep(rows, 'a', 'down')).toEqual([
      { id: 'b', position: 0 },
      { id: 'a', position: 1 },
    ]);
  });

  it('changes nothing at either end or for an unknown id', () => {
    expect(moveStep(rows, 'a', 'up', sameGroup)).toEqual([]);
    expect(moveStep(rows, 'c', 'down', sameGroup)).toEqual([]);
    expect(moveStep(rows, 'b', 'up', sameGroup)).toEqual([]);
    expect(moveStep(rows, 'zz', 'up')).toEqual([]);
  });

  it('gives tied positions (all 0) a distinct order', () => {
    const tied = [
      { id: 'x', position: 0 },
      { id: 'y', position: 0 },
      { id: 'z', position: 0 },
    ];
    expect(moveStep(tied, 'z', 'up')).toEqual([
      { id: 'z', position: 1 },
      { id: 'y', position: 2 },
    ]);
  });
});
