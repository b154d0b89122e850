import { autoResolve } from '@/lib/complaints/jobs/auto-resolve';
import { crisisRadar } from '@/lib/complaints/jobs/crisis-radar';
import { sweepSla } from '@/lib/complaints/jobs/sla-sweep';
import { logger } from '@/lib/logging/logger';

const JOBS: Record<string, () => Promise<unknown>> = { slaSweep: () => sweepSla(), autoResolve: () => autoResolve(), crisisRadar: () => crisisRadar() };

/**
 * The periodic jobs of this process. Each claims its rows in the database, so running them in every
 * process is safe; a failed run is logged and retried on the next tick.
 */
export function startJobs(everyMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    for (const [name, job] of Object.entries(JOBS)) {
      try {
        await job();
      } catch (e) {
        logger.error({ job: name, err: e instanceof Error ? e.message : String(e) }, 'job failed');
      }
    }
    running = false;
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
