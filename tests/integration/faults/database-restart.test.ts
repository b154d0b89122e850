import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres, throwawayPostgresAvailable } from '../throwaway-postgres';

// PostgreSQL-only: this file's database is a cluster of its own, stopped and restarted for real.
const enabled = Boolean(process.env.TEST_DATABASE_URL) && throwawayPostgresAvailable();
let cluster: ThrowawayPostgres | undefined;
if (enabled) {
  cluster = await startThrowawayPostgres();
  // Before anything opens the database: the setup's migration runs against this cluster.
  process.env.DATABASE_URL = cluster.url;
  (globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv = undefined;
}

const waitFor = async (check: () => boolean | Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

describe.skipIf(!enabled)('a PostgreSQL restart', () => {
  let server: Server;
  let base: string;
  let stopWatch: () => void;

  beforeAll(async () => {
    const { admit } = await import('@/lib/availability/gate');
    const { watchDatabase } = await import('@/lib/availability/database-watch');
    stopWatch = watchDatabase(200);
    server = createServer((req, res) => void admit(req, res).then((ok) => ok && res.end('page')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    stopWatch?.();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    const { closeDb } = await import('@/db/client');
    await closeDb();
    cluster?.destroy();
  });

  it('drops idle pool connections without an uncaught exception; the next query opens a new one', async () => {
    const { checkDatabase } = await import('@/lib/health');
    const { getPgPool } = await import('@/db/client');
    expect(await checkDatabase()).toBe(true);
    // Several idle connections, all dropped by the restart.
    await Promise.all(Array.from({ length: 4 }, () => getPgPool()!.query('select pg_sleep(0.05)')));
    cluster!.restart();
    await new Promise((r) => setTimeout(r, 300));
    expect(await waitFor(checkDatabase, 5_000)).toBe(true);
  });

  it('answers pages with a branded 503 that reloads itself while the database is down, and reports it', async () => {
    const { databaseDown } = await import('@/lib/availability/database-watch');
    const { healthReport } = await import('@/lib/health');
    cluster!.stop();
    try {
      expect(await waitFor(databaseDown, 5_000)).toBe(true);
      const page = await fetch(`${base}/board`, { headers: { accept: 'text/html', 'accept-language': 'es' } });
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      const html = await page.text();
      expect(html).toContain('Volvemos en un momento');
      expect(html).toMatch(/<meta http-equiv="refresh" content="5">/);
      const report = await healthReport();
      expect(report).toMatchObject({ ok: false, database: { reachable: false }, mail: null });
      // The health endpoint itself is never behind the gate.
      expect(await (await fetch(`${base}/api/health`)).text()).toBe('page');
    } finally {
      cluster!.start();
    }
    expect(await waitFor(() => !databaseDown(), 5_000)).toBe(true);
    expect((await fetch(`${base}/board`)).status).toBe(200);
  });
});
