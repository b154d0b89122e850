// Next bundles app code apart from server.ts, where the jobs run: globalThis is the one place both see.
const g = globalThis as unknown as { __tertuliaPrivacyWake?: () => void };
const DAY_MS = 86_400_000;

/** The running jobs register how to wake the privacy loop; without one (tests, build) waking does nothing. */
export function onPrivacyWake(wake: (() => void) | undefined): void {
  g.__tertuliaPrivacyWake = wake;
}

/** Now (an export was asked for), or at `at` when that is within a day (a short erasure grace); else the periodic run finds it. */
export function wakePrivacyJobs(at?: Date): void {
  const wake = g.__tertuliaPrivacyWake;
  if (!wake) return;
  const delay = at ? at.getTime() - Date.now() : 0;
  if (delay <= 0) return wake();
  if (delay < DAY_MS) setTimeout(() => g.__tertuliaPrivacyWake?.(), delay + 250).unref();
}
