import { transparencyFigures, type TransparencyFigures } from './queries';
import type { WindowDays } from './window';

// Everyone sees the same figures: each set (a transparency window, a dashboard period) is counted once
// and shared. Figures of complaints are dropped on any complaint change here, so the page refreshed
// live after a change shows it; after TTL_MS they are recounted anyway (other processes' changes).
// Figures of community activity (posts, members) are not told of changes at all: they are as fresh
// as TTL_MS, and past it the last count is served while the next one runs (docs/decisions/0008).
const TTL_MS = 60_000;
/** Older than this, even activity figures are not served while recounting: the reader waits. */
const STALE_MAX_MS = 5 * 60_000;

export type Freshness = 'complaints' | 'activity';

interface Entry {
  /** When the count behind `figures` started. */
  at: number;
  figures: Promise<unknown>;
  freshness: Freshness;
  recounting: boolean;
}

const g = globalThis as unknown as { __tertuliaFigures?: Map<string, Entry> };

/** `compute` once per `key` for every reader, kept as `freshness` says. */
export function sharedFigures<T>(key: string, compute: () => Promise<T>, freshness: Freshness = 'complaints'): Promise<T> {
  const cache = (g.__tertuliaFigures ??= new Map());
  const hit = cache.get(key);
  const age = hit ? Date.now() - hit.at : Infinity;
  if (hit && age < TTL_MS) return hit.figures as Promise<T>;
  if (hit && freshness === 'activity' && age < STALE_MAX_MS) {
    if (!hit.recounting) {
      hit.recounting = true;
      const at = Date.now();
      compute().then(
        (figures) => cache.set(key, { at, figures: Promise.resolve(figures), freshness, recounting: false }),
        // A failed recount keeps the last figures; the next reader tries again.
        () => (hit.recounting = false),
      );
    }
    return hit.figures as Promise<T>;
  }
  const figures = compute();
  // A failed count is not kept: the next visitor tries again.
  figures.catch(() => cache.get(key)?.figures === figures && cache.delete(key));
  cache.set(key, { at: Date.now(), figures, freshness, recounting: false });
  return figures;
}

export function sharedTransparencyFigures(windowDays: WindowDays): Promise<TransparencyFigures> {
  return sharedFigures(`transparency:${windowDays}`, () => transparencyFigures({ windowDays }));
}

/** Called after every complaint change in this process: the figures of complaints are recounted on the next read. */
export function forgetTransparencyFigures(): void {
  for (const [key, entry] of g.__tertuliaFigures ?? []) if (entry.freshness === 'complaints') g.__tertuliaFigures!.delete(key);
}

/** Every shared figure, whatever its freshness: a cold start (the benchmark, the tests). */
export function forgetAllFigures(): void {
  g.__tertuliaFigures?.clear();
}
