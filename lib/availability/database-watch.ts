import { checkDatabase } from '@/lib/health';
import { logger } from '@/lib/logging/logger';

const g = globalThis as unknown as { __tertuliaDbDown?: boolean };

/** True while the last check could not reach the database. */
export function databaseDown(): boolean {
  return g.__tertuliaDbDown === true;
}

/**
 * One `select 1` every few seconds: while it fails, server.ts answers pages with the branded 503
 * page instead of letting each request fail inside Next. One log line when it goes, one when it is back.
 */
export function watchDatabase(everyMs = 2_000): () => void {
  let checking = false;
  const timer = setInterval(async () => {
    if (checking) return;
    checking = true;
    const reachable = await checkDatabase();
    checking = false;
    if (reachable === !databaseDown()) return;
    g.__tertuliaDbDown = !reachable;
    if (reachable) logger.warn('database reachable again');
    else logger.error('database unreachable: pages answer 503 until it is back');
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
