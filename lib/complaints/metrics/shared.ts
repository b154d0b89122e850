import { transparencyFigures, type TransparencyFigures } from './queries';
import type { WindowDays } from './window';

// Everyone sees the same figures, and at scale a year of them takes a second to count: each set of
// figures (a transparency window, a dashboard period) is computed once and shared until a complaint
// changes here, or a minute passes (other processes' changes).
const TTL_MS = 60_000;

const g = globalThis as unknown as { __tertuliaFigures?: Map<string, { at: number; figures: Promise<unknown> }> };

/** `compute` once per `key` for every reader until the next complaint change or TTL_MS. */
export function sharedFigures<T>(key: string, compute: () => Promise<T>): Promise<T> {
  g.__tertuliaFigures ??= new Map();
  const hit = g.__tertuliaFigures.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.figures as Promise<T>;
  const figures = compute();
  // A failed count is not kept: the next visitor tries again.
  figures.catch(() => g.__tertuliaFigures?.delete(key));
  g.__tertuliaFigures.set(key, { at: Date.now(), figures });
  return figures;
}

export function sharedTransparencyFigures(windowDays: WindowDays): Promise<TransparencyFigures> {
  return sharedFigures(`transparency:${windowDays}`, () => transparencyFigures({ windowDays }));
}

/** Called after every complaint change in this process. */
export function forgetTransparencyFigures(): void {
  g.__tertuliaFigures?.clear();
}
