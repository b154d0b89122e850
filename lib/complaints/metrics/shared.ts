import { transparencyFigures, type TransparencyFigures } from './queries';
import type { WindowDays } from './window';

// Everyone sees the same figures, and at scale a year of them takes a second to count: each window is
// computed once and shared until a complaint changes here, or a minute passes (other processes' changes).
const TTL_MS = 60_000;

const g = globalThis as unknown as { __tertuliaFigures?: Map<WindowDays, { at: number; figures: Promise<TransparencyFigures> }> };

export function sharedTransparencyFigures(windowDays: WindowDays): Promise<TransparencyFigures> {
  g.__tertuliaFigures ??= new Map();
  const hit = g.__tertuliaFigures.get(windowDays);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.figures;
  const figures = transparencyFigures({ windowDays });
  // A failed count is not kept: the next visitor tries again.
  figures.catch(() => g.__tertuliaFigures?.delete(windowDays));
  g.__tertuliaFigures.set(windowDays, { at: Date.now(), figures });
  return figures;
}

/** Called after every complaint change in this process. */
export function forgetTransparencyFigures(): void {
  g.__tertuliaFigures?.clear();
}
