import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetAllFigures, forgetTransparencyFigures, sharedFigures } from '@/lib/complaints/metrics/shared';

// The dashboard's shared counts (docs/decisions/0008): complaint figures recounted after a change,
// activity figures served from the last count while the next one runs.

const counter = () => {
  let n = 0;
  return { count: () => Promise.resolve(++n), get calls() { return n; } };
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  forgetAllFigures();
});
afterEach(() => vi.useRealTimers());

describe('shared figures', () => {
  it('count complaint figures once for every reader, and again after a complaint change or a minute', async () => {
    const c = counter();
    expect(await sharedFigures('k', c.count)).toBe(1);
    expect(await sharedFigures('k', c.count)).toBe(1);
    forgetTransparencyFigures();
    expect(await sharedFigures('k', c.count)).toBe(2);
    vi.advanceTimersByTime(61_000);
    expect(await sharedFigures('k', c.count)).toBe(3);
  });

  it('keep activity figures through complaint changes, and serve the last count while recounting an old one', async () => {
    const c = counter();
    expect(await sharedFigures('a', c.count, 'activity')).toBe(1);
    forgetTransparencyFigures();
    expect(await sharedFigures('a', c.count, 'activity')).toBe(1);
    vi.advanceTimersByTime(61_000);
    // Past a minute: the reader gets the last count at once; one recount starts, whoever else asks.
    expect(await Promise.all([sharedFigures('a', c.count, 'activity'), sharedFigures('a', c.count, 'activity')])).toEqual([1, 1]);
    expect(c.calls).toBe(2);
    expect(await sharedFigures('a', c.count, 'activity')).toBe(2);
    // Long unread, the last count is too old to show: the reader waits for a new one.
    vi.advanceTimersByTime(6 * 60_000);
    expect(await sharedFigures('a', c.count, 'activity')).toBe(3);
  });

  it('do not keep a failed count', async () => {
    let fail = true;
    const flaky = () => (fail ? Promise.reject(new Error('down')) : Promise.resolve('ok'));
    await expect(sharedFigures('f', flaky)).rejects.toThrow('down');
    fail = false;
    expect(await sharedFigures('f', flaky)).toBe('ok');
  });
});
