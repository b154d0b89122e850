import { describe, expect, it } from 'vitest';
import { TaggedCache } from '@/lib/cache/store';

function listening(limit = 100) {
  const cache = new TaggedCache(limit);
  cache.setListening(true);
  return cache;
}

describe('the page cache store', () => {
  it('loads once per change and drops what a tag names', async () => {
    const cache = listening();
    let loads = 0;
    const read = () => cache.get('board:first', ['board'], async () => ++loads);
    expect([await read(), await read()]).toEqual([1, 1]);
    cache.invalidate(['thread:x']);
    expect(await read()).toBe(1);
    cache.invalidate(['board']);
    expect(await read()).toBe(2);
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 2, entries: 1 });
  });

  it('never keeps a value whose tag changed while it was being read', async () => {
    const cache = listening();
    let release!: (v: string) => void;
    const stale = cache.get('k', ['t'], () => new Promise<string>((r) => (release = r)));
    cache.invalidate(['t']);
    release('before the change');
    expect(await stale).toBe('before the change');
    expect(cache.has('k')).toBe(false);
    expect(await cache.get('k', ['t'], async () => 'after')).toBe('after');
    expect(cache.has('k')).toBe(true);
  });

  it('shares one load between concurrent readers, and a reader after a change starts a new one', async () => {
    const cache = listening();
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = async () => {
      loads++;
      await gate;
      return loads;
    };
    const a = cache.get('k', ['t'], load);
    const b = cache.get('k', ['t'], load);
    cache.invalidate(['t']);
    const c = cache.get('k', ['t'], load);
    release();
    expect(await Promise.all([a, b, c])).toEqual([2, 2, 2]);
    expect(loads).toBe(2);
  });

  it('stays within its limit, least recently used first, and caches nothing while not listening', async () => {
    const cache = listening(3);
    for (const k of ['a', 'b', 'c']) await cache.get(k, [k], async () => k);
    await cache.get('a', ['a'], async () => 'again');
    await cache.get('d', ['d'], async () => 'd');
    expect(['a', 'b', 'c', 'd'].map((k) => cache.has(k))).toEqual([true, false, true, true]);
    expect(cache.stats()).toMatchObject({ entries: 3, limit: 3, evictions: 1 });
    cache.setListening(false);
    expect(cache.stats().entries).toBe(0);
    let loads = 0;
    await cache.get('a', ['a'], async () => ++loads);
    await cache.get('a', ['a'], async () => ++loads);
    expect(loads).toBe(2);
    expect(cache.stats().bypassed).toBe(2);
  });

  it('forgets the oldest tag versions past its memory without ever keeping a stale value', async () => {
    const cache = listening();
    let release!: (v: string) => void;
    const stale = cache.get('k', ['t'], () => new Promise<string>((r) => (release = r)));
    cache.invalidate(['t']);
    for (let i = 0; i < 21_000; i += 1_000) cache.invalidate(Array.from({ length: 1_000 }, (_, j) => `other:${i + j}`));
    release('old');
    await stale;
    expect(cache.has('k')).toBe(false);
  });
});
