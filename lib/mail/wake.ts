// Next bundles app code apart from server.ts, where the worker runs: globalThis is the one place both see.
const g = globalThis as unknown as { __tertuliaMailWake?: () => void };

/** The running worker registers how to wake it; without one (tests, build) waking does nothing. */
export function onMailWake(wake: (() => void) | undefined): void {
  g.__tertuliaMailWake = wake;
}

export function wakeMailWorker(): void {
  g.__tertuliaMailWake?.();
}
