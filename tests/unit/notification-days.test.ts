import { describe, expect, it } from 'vitest';
import { dayKey, groupByDay, previousDay } from '@/components/notifications/days';

describe('notification days', () => {
  it('are calendar days in Madrid, not in UTC', () => {
    // 23:30 UTC on 1 March is already 2 March in Madrid.
    expect(dayKey(new Date('2026-03-01T23:30:00Z'), 'Europe/Madrid')).toBe('2026-03-02');
  });

  it('count back across month ends and the clock change', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2026-03-30')).toBe('2026-03-29');
  });

  it('group a newest-first list into runs of one day each', () => {
    const at = (iso: string) => ({ createdAt: new Date(iso) });
    const groups = groupByDay([at('2026-03-03T10:00:00Z'), at('2026-03-03T08:00:00Z'), at('2026-03-01T10:00:00Z')], 'Europe/Madrid');
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([
      ['2026-03-03', 2],
      ['2026-03-01', 1],
    ]);
  });
});
