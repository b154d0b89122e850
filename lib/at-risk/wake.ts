import { inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaints } from '@/db/schema';
import { logger } from '@/lib/logging/logger';
import { sweepAtRisk } from './sweep';

// Next bundles app code apart from server.ts, where the jobs run: globalThis is the one place both see.
const g = globalThis as unknown as { __tertuliaAtRiskWake?: (complaintId: string) => void };

/** After a complaint's change commits: its author's risk is recomputed within a moment, not at the next sweep. */
export function wakeAtRisk(complaintId: string): void {
  g.__tertuliaAtRiskWake?.(complaintId);
}

/**
 * The running process gathers the complaints changed in the last moment and refreshes their authors in
 * one go; without it (tests, build) waking does nothing and the periodic sweep catches up.
 */
export function startAtRiskWake(delayMs = 300): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    timer = undefined;
    const ids = [...pending];
    pending.clear();
    try {
      const authors = await getDb().selectDistinct({ id: complaints.authorId }).from(complaints).where(inArray(complaints.id, ids));
      await sweepAtRisk(new Date(), authors.map((a) => a.id));
    } catch (e) {
      logger.error({ job: 'atRiskWake', err: e instanceof Error ? e.message : String(e) }, 'job failed');
    }
  };
  g.__tertuliaAtRiskWake = (id) => {
    pending.add(id);
    timer ??= setTimeout(() => void run(), delayMs);
  };
  return () => {
    g.__tertuliaAtRiskWake = undefined;
    if (timer) clearTimeout(timer);
  };
}
