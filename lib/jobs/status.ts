import { metrics } from '@/lib/observability/metrics';

export interface JobStatus {
  everyMs: number;
  lastStartedAt: Date | null;
  lastSucceededAt: Date | null;
  lastDurationMs: number | null;
  lastError: string | null;
  running: boolean;
}

// The jobs run in server.ts; the health route (Next bundle) reads them here.
const g = globalThis as unknown as { __tertuliaJobs?: Map<string, JobStatus> };
const jobs = (g.__tertuliaJobs ??= new Map());

export function registerJob(name: string, everyMs: number): void {
  jobs.set(name, { everyMs, lastStartedAt: null, lastSucceededAt: null, lastDurationMs: null, lastError: null, running: false });
}

/** Runs one job and records when, how long and how it went. */
export async function recordRun(name: string, run: () => Promise<unknown>): Promise<void> {
  const status = jobs.get(name);
  const started = new Date();
  if (status) Object.assign(status, { lastStartedAt: started, running: true });
  const stop = metrics().jobDuration.startTimer({ job: name });
  try {
    await run();
    if (status) Object.assign(status, { lastSucceededAt: new Date(), lastError: null });
    metrics().jobRuns.inc({ job: name, outcome: 'ok' });
  } catch (e) {
    if (status) status.lastError = e instanceof Error ? e.message.slice(0, 200) : String(e);
    metrics().jobRuns.inc({ job: name, outcome: 'failed' });
    throw e;
  } finally {
    stop();
    if (status) Object.assign(status, { running: false, lastDurationMs: Date.now() - started.getTime() });
  }
}

/** Per job: how far behind its schedule it is (0 when on time), and whether its last run failed (the log says why). */
export function jobLag(now = new Date()) {
  return Object.fromEntries(
    [...jobs].map(([name, s]) => {
      const since = s.lastSucceededAt ?? s.lastStartedAt;
      const lagSeconds = since ? Math.max(0, Math.round((now.getTime() - since.getTime() - s.everyMs) / 1000)) : null;
      return [name, { everyMs: s.everyMs, lastSucceededAt: s.lastSucceededAt?.toISOString() ?? null, lastDurationMs: s.lastDurationMs, lagSeconds, failing: s.lastError !== null, running: s.running }];
    }),
  );
}
