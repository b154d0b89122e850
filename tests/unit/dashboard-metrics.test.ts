import { describe, expect, it } from 'vitest';
import { ageBucket, AGE_BUCKET_HOURS, change, poissonUpperTail, responsivenessOf } from '@/lib/complaints/metrics/formulas';
import { bucketFor, DEFAULT_PRESET, parsePeriod, periodHref } from '@/lib/complaints/metrics/period';
import { isSpike, RADAR } from '@/lib/complaints/metrics/radar';
import { toCsv } from '@/lib/export/csv';
import { durationUnit, figureSheet } from '@/lib/metrics/sheet';
import type { FigureTable } from '@/lib/metrics/tables';

const NOW = new Date('2026-03-31T12:00:00Z');
const DAY = 86_400_000;

/** P(X ≥ k) the schoolbook way, for small k and λ: 1 − Σ_{i<k} e^−λ λ^i / i!. */
function naiveTail(k: number, lambda: number): number {
  let below = 0;
  let fact = 1;
  for (let i = 0; i < k; i++) {
    if (i > 0) fact *= i;
    below += (Math.exp(-lambda) * lambda ** i) / fact;
  }
  return 1 - below;
}

describe('responsiveness rates', () => {
  it('have no value without anything to judge, rather than 0 % or a division by zero', () => {
    expect(responsivenessOf({ slaJudged: 0, slaMet: 0, reopens: 0, resolutions: 0 })).toEqual({ slaCompliance: null, reopenRate: null });
  });

  it('are met over judged, and reopens over resolutions (which may pass 100 %)', () => {
    expect(responsivenessOf({ slaJudged: 4, slaMet: 3, reopens: 3, resolutions: 2 })).toEqual({ slaCompliance: 0.75, reopenRate: 1.5 });
    expect(responsivenessOf({ slaJudged: 1, slaMet: 0, reopens: 0, resolutions: 1 })).toEqual({ slaCompliance: 0, reopenRate: 0 });
  });
});

describe('change against the previous period', () => {
  it('is relative, signed, and missing when either side is missing or the base is zero', () => {
    expect(change(0.9, 0.6)).toBeCloseTo(0.5);
    expect(change(30, 60)).toBe(-0.5);
    expect(change(5, 5)).toBe(0);
    expect(change(5, 0)).toBeNull();
    expect(change(null, 3)).toBeNull();
    expect(change(3, null)).toBeNull();
  });
});

describe('ageing buckets', () => {
  it('put each age in the bucket whose upper bound it is below, the oldest in the open-ended last one', () => {
    expect(AGE_BUCKET_HOURS).toEqual([24, 72, 168, 720]);
    expect(ageBucket(0)).toBe(0);
    expect(ageBucket(24 * 3600 - 1)).toBe(0);
    expect(ageBucket(24 * 3600)).toBe(1);
    expect(ageBucket(71.9 * 3600)).toBe(1);
    expect(ageBucket(7 * 86400)).toBe(3);
    expect(ageBucket(30 * 86400)).toBe(4);
    expect(ageBucket(400 * 86400)).toBe(4);
  });
});

describe('Poisson upper tail', () => {
  it('agrees with the schoolbook sum on small values', () => {
    for (const [k, lambda] of [
      [1, 1],
      [3, 0.5],
      [5, 2],
      [8, 3.2],
      [2, 7],
    ] as const) {
      expect(poissonUpperTail(k, lambda)).toBeCloseTo(naiveTail(k, lambda), 12);
    }
  });

  it('keeps tiny tails that 1 − (almost 1) would lose', () => {
    // Σ_{i≥5} e^−0.1 0.1^i / i! ≈ 7.67e-8; the subtraction would give a figure off in its third digit.
    expect(poissonUpperTail(5, 0.1)).toBeCloseTo(7.6678e-8, 11);
    expect(poissonUpperTail(40, 1)).toBeGreaterThan(0);
    expect(poissonUpperTail(40, 1)).toBeLessThan(1e-40);
  });

  it('handles the edges: nothing observed, nothing expected, and large rates without overflow', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 0)).toBe(0);
    expect(poissonUpperTail(1, 5000)).toBe(1);
    // Around the mean of a large Poisson the tail is about a half.
    expect(poissonUpperTail(1000, 1000)).toBeGreaterThan(0.49);
    expect(poissonUpperTail(1000, 1000)).toBeLessThan(0.52);
    expect(poissonUpperTail(1200, 1000)).toBeLessThan(1e-8);
  });
});

describe('the crisis radar rule', () => {
  it(`needs at least ${RADAR.minComplaints} complaints, however quiet the category usually is`, () => {
    expect(isSpike(RADAR.minComplaints - 1, 0).spike).toBe(false);
    expect(isSpike(RADAR.minComplaints, 0).spike).toBe(true);
    expect(isSpike(RADAR.minComplaints, 0.1).spike).toBe(true);
  });

  it('asks a busy category for far more than its usual share', () => {
    // Ten expected: 20 happen by chance about 3 times in a thousand, 25 far more rarely.
    expect(isSpike(20, 10)).toMatchObject({ spike: false });
    expect(isSpike(20, 10).p).toBeCloseTo(naiveTail(20, 10), 12);
    expect(isSpike(25, 10).spike).toBe(true);
  });
});

describe('the dashboard period', () => {
  it('is a preset of the last days, the default for anything else', () => {
    const { period, error } = parsePeriod({ window: '7' }, NOW);
    expect(error).toBeNull();
    expect(period).toMatchObject({ preset: 7, bucket: 'day', to: NOW, from: new Date(NOW.getTime() - 7 * DAY), previousFrom: new Date(NOW.getTime() - 14 * DAY), custom: null });
    expect(parsePeriod({ window: '12' }, NOW).period.preset).toBe(DEFAULT_PRESET);
    expect(parsePeriod({}, NOW).period.preset).toBe(DEFAULT_PRESET);
    expect(parsePeriod({ window: '365' }, NOW).period.bucket).toBe('month');
  });

  it('takes whole custom days, both included, and stops at now', () => {
    const { period, error } = parsePeriod({ window: 'custom', from: '2026-01-01', to: '2026-01-31' }, NOW);
    expect(error).toBeNull();
    expect(period.from).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(period.to).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(period.previousFrom).toEqual(new Date('2025-12-01T00:00:00Z'));
    expect(period.bucket).toBe('day');
    const open = parsePeriod({ window: 'custom', from: '2026-03-01', to: '2026-04-30' }, NOW).period;
    expect(open.to).toEqual(NOW);
  });

  it('refuses an inverted, impossible, future or too long range on the field to fix, keeping what was typed', () => {
    const inverted = parsePeriod({ window: 'custom', from: '2026-03-10', to: '2026-03-01' }, NOW);
    expect(inverted.error).toEqual({ field: 'to', message: 'dashboard.errors.inverted' });
    expect(inverted.typed).toEqual({ from: '2026-03-10', to: '2026-03-01' });
    expect(inverted.period.preset).toBe(DEFAULT_PRESET);
    expect(parsePeriod({ window: 'custom', from: '2026-02-30', to: '2026-03-01' }, NOW).error).toEqual({ field: 'from', message: 'dashboard.errors.badDate' });
    expect(parsePeriod({ window: 'custom', from: '', to: '2026-03-01' }, NOW).error).toEqual({ field: 'from', message: 'dashboard.errors.dateRequired' });
    expect(parsePeriod({ window: 'custom', from: '2026-04-02', to: '2026-04-03' }, NOW).error).toEqual({ field: 'from', message: 'dashboard.errors.future' });
    expect(parsePeriod({ window: 'custom', from: '2025-01-01', to: '2026-01-02' }, NOW).error).toEqual({ field: 'to', message: 'dashboard.errors.tooLong' });
    // 366 days, a leap year's worth, is allowed.
    expect(parsePeriod({ window: 'custom', from: '2025-01-01', to: '2026-01-01' }, NOW).error).toBeNull();
  });

  it('cuts trends by day, week or month by length', () => {
    expect([7, 31, 32, 120, 121, 366].map(bucketFor)).toEqual(['day', 'day', 'week', 'week', 'month', 'month']);
  });

  it('writes its own address', () => {
    expect(periodHref('/admin/dashboard', { preset: DEFAULT_PRESET, custom: null })).toBe('/admin/dashboard');
    expect(periodHref('/admin/dashboard', { preset: 90, custom: null }, { table: 'staff' })).toBe('/admin/dashboard?window=90&table=staff');
    expect(periodHref('/x', { preset: null, custom: { from: '2026-01-01', to: '2026-01-31' } })).toBe('/x?window=custom&from=2026-01-01&to=2026-01-31');
  });
});

describe('a dashboard table as an export', () => {
  const table: FigureTable = {
    name: 'staff',
    columns: [
      { key: 'name', kind: 'text' },
      { key: 'csat', kind: 'percent' },
      { key: 'frt', kind: 'duration' },
      { key: 'rating', kind: 'rating' },
      { key: 'count', kind: 'count' },
    ],
    rows: [
      ['Laura; "la del mostrador"', 0.8125, 5400, 4.25, 12],
      ['=HYPERLINK("x")', null, 9000, null, 0],
      ['Jorge', 0.5, null, 3, 1],
    ],
  };
  const labels = { header: (k: string) => k.toUpperCase(), withUnit: (h: string, u: string) => `${h} (${u})` };

  it('in Spanish: semicolons, decimal commas, units in the headers, quotes and defused formulas', () => {
    expect(toCsv(figureSheet(table, 'x', 'es', labels))).toBe(
      'NAME;CSAT (percent);FRT (hours);RATING (outOf5);COUNT\r\n"Laura; ""la del mostrador""";81,3;1,5;4,25;12\r\n"\'=HYPERLINK(""x"")";;2,5;;0\r\nJorge;50,0;;3,00;1\r\n',
    );
  });

  it('in English: commas and decimal points', () => {
    expect(toCsv(figureSheet(table, 'x', 'en', labels)).split('\r\n')[1]).toBe('"Laura; ""la del mostrador""",81.3,1.5,4.25,12');
  });

  it('gives durations the unit the page shows for the column\'s typical value', () => {
    expect(durationUnit([30, 600, 1200])).toBe('minutes');
    expect(durationUnit([600, 5400, 9000])).toBe('hours');
    expect(durationUnit([86_400 * 3, 86_400 * 4, null])).toBe('days');
    expect(durationUnit([null])).toBe('hours');
  });
});
