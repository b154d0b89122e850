// The manager dashboard's reads measured without the page: the time and the number of SQL statements
// each part takes uncached (lib/complaints/metrics/dashboard.ts, lib/metrics/engagement.ts, the radar),
// per period, and the whole dashboard as a manager gets it through the shared cache.
// `DATABASE_URL=… npx tsx bench/dashboard-sql.ts` prints them; bench/run.ts can call dashboardMedians.
import pg from 'pg';
import { median } from '@/lib/complaints/metrics/formulas';

const RUNS = 15;

export interface ReadFigure {
  name: string;
  medianMs: number;
  queries: number;
}

export async function dashboardMedians(pool: pg.Pool, env: { DATABASE_URL: string; NEXTAUTH_SECRET: string }): Promise<{ complaints: number; events: number; reads: ReadFigure[] }> {
  Object.assign(process.env, env);
  const [{ complaintDashboard, ownFigures }, { engagement }, { detectSpikes }, { presetPeriod }, { managerDashboard }, { forgetAllFigures, forgetTransparencyFigures }, { resolveSessionUser }, { countQueries }] =
    await Promise.all([
      import('@/lib/complaints/metrics/dashboard'),
      import('@/lib/metrics/engagement'),
      import('@/lib/complaints/metrics/radar'),
      import('@/lib/complaints/metrics/period'),
      import('@/lib/metrics/queries'),
      import('@/lib/complaints/metrics/shared'),
      import('@/lib/auth/session-user'),
      import('@/db/client'),
    ]);
  const one = async <T>(sqlText: string) => (await pool.query(sqlText)).rows[0] as T;
  const counts = await one<{ complaints: number; events: number }>('select (select count(*)::int from complaints) as complaints, (select count(*)::int from complaint_events) as events');
  const manager = await one<{ id: string; session_version: number }>(`select id, session_version from users where role = 'manager' and status = 'active' order by created_at limit 1`);
  const busiestStaff = await one<{ id: string }>(`select actor_id as id from complaint_events where kind = 'official_reply' group by actor_id order by count(*) desc limit 1`);
  const { openSession } = await import('@/lib/devices/sessions');
  const sessionId = await openSession(manager.id, { userAgent: 'bench', acceptLanguage: null });
  const actor = (await resolveSessionUser({ userId: manager.id, sessionVersion: manager.session_version, sessionId }))!;

  const reads: [string, () => Promise<unknown>][] = [];
  for (const days of [7, 30, 90, 365] as const) {
    reads.push([`complaint figures, ${days} days`, () => complaintDashboard(presetPeriod(days))]);
    reads.push([`engagement, ${days} days`, () => engagement(presetPeriod(days))]);
  }
  reads.push(['own figures (busiest staff), 30 days', () => ownFigures(presetPeriod(30), busiestStaff.id)]);
  reads.push(['crisis radar', () => detectSpikes()]);
  // What a manager's page load costs: nothing shared yet (a cold start); the first after a complaint
  // change (the complaint figures recounted, the activity figures shared); the rest share it all.
  for (const days of [30, 90, 365] as const) {
    reads.push([`dashboard ${days} days, cold (nothing shared)`, () => (forgetAllFigures(), managerDashboard(actor, presetPeriod(days)))]);
    reads.push([`dashboard ${days} days, after a complaint change`, () => (forgetTransparencyFigures(), managerDashboard(actor, presetPeriod(days)))]);
  }
  reads.push(['dashboard 30 days, shared cache', () => managerDashboard(actor, presetPeriod(30))]);

  const figures: ReadFigure[] = [];
  for (const [name, read] of reads) {
    const { queries } = await countQueries(read); // warms the database's cache, counts the statements
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await read();
      ms.push(performance.now() - started);
    }
    figures.push({ name, medianMs: median(ms)!, queries });
  }
  return { complaints: counts.complaints, events: counts.events, reads: figures };
}

export function printDashboardReads(result: Awaited<ReturnType<typeof dashboardMedians>>): void {
  console.log(`dashboard reads (${result.complaints.toLocaleString('en')} complaints, ${result.events.toLocaleString('en')} events), median of ${RUNS} runs:`);
  for (const r of result.reads) console.log(`  ${r.name.padEnd(52)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${String(r.queries).padStart(2)} queries`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL: the scale database to measure (npm run seed:scale)');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const result = await dashboardMedians(pool, { DATABASE_URL: url, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-dashboard-sql-signs-nothing-0123456789' });
  printDashboardReads(result);
  await pool.end();
  const { closeDb } = await import('@/db/client');
  await closeDb();
}
