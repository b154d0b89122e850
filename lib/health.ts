import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { jobLag } from '@/lib/jobs/status';
import { outboxBacklog } from '@/lib/mail/outbox';
import { metrics } from '@/lib/observability/metrics';
import { connectedSockets, realtimeState } from '@/lib/realtime/io';

// A health check must answer while the database hangs: a load balancer waits for nobody.
const CHECK_TIMEOUT_MS = 2_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

export async function checkDatabase(): Promise<boolean> {
  try {
    await within(getDb().execute(sql`select 1`), CHECK_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}

/**
 * What an operator and a load balancer need: is the database reachable, does this process hear the
 * others' live events, how much mail waits and since when, and is any job behind. `ok` is false
 * (HTTP 503) only for what makes this process unable to serve: no database, or deaf to other processes.
 */
export async function healthReport(now = new Date()) {
  const database = await checkDatabase();
  const mail = database ? await within(outboxBacklog(now), CHECK_TIMEOUT_MS).catch(() => null) : null;
  const realtime = realtimeState();
  const report = {
    ok: database && realtime !== 'down',
    database: { reachable: database },
    realtime: { adapter: realtime, sockets: connectedSockets() },
    mail: mail && {
      backlog: mail.backlog,
      oldestDueAt: mail.oldestDueAt?.toISOString() ?? null,
      oldestDueSeconds: mail.oldestDueAt ? Math.max(0, Math.round((now.getTime() - mail.oldestDueAt.getTime()) / 1000)) : 0,
    },
    jobs: jobLag(now),
  };
  const m = metrics();
  m.sockets.set(report.realtime.sockets);
  m.realtimeListening.set(realtime === 'down' || realtime === 'connecting' ? 0 : 1);
  if (report.mail) {
    m.mailBacklog.set(report.mail.backlog);
    m.mailOldestDueSeconds.set(report.mail.oldestDueSeconds);
  }
  return report;
}
