// The crisis run (issue 14): 40 connections read the board and a complaint page while 10 file
// complaints and say "me too" as fast as they can, and a probe times how long a filed complaint takes
// to appear on a reader's next load of the board (from the complaint's commit).
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type pg from 'pg';
import { actionId, formActionBody } from './actions';
import { cannon, type Load } from './cannon';
import { startUsage, type Usage } from './proc';
import { actionWriters, clearRateLimits } from './writes';

export interface CrisisMeasurement {
  readsPerSec: number;
  readP99Ms: number;
  readErrors: number;
  writesPerSec: number;
  writeP99Ms: number;
  writeFailures: number;
  /** From a complaint's commit until a reader's board includes it. */
  visibleSamples: number;
  visibleP50Ms: number;
  visibleP99Ms: number;
  visibleMaxMs: number;
  usage: Usage;
  loadAverage: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

export async function measureCrisis(o: {
  base: string;
  pool: pg.Pool;
  pid: number;
  load: Load;
  readCookies: string[];
  writeCookies: string[];
  complaintPath: string;
  writeConnections: number;
}): Promise<CrisisMeasurement> {
  const lists = (
    await o.pool.query<{ category: string; branch: string }>(
      `select (select id from complaint_categories where not archived order by position limit 1) as category,
              (select id from complaint_branches where not archived order by position limit 1) as branch`,
    )
  ).rows[0]!;
  const live = (await o.pool.query<{ id: string }>(`select id from complaints where status in ('open', 'acknowledged', 'in_progress') order by number desc limit 2000`)).rows;
  const fileAction = actionId('app/(board)/board/new/actions.ts', 'fileComplaintAction');
  const meTooAction = actionId('app/(board)/board/[number]/actions.ts', 'meTooAction');
  const bodies: { action: string; path: string; body: Buffer; contentType: string }[] = [];
  for (let i = 0; i < 3000; i++) {
    if (i % 2 === 0) {
      const fields = { title: `Sin agua en el vestuario ${i}`, body: 'Se ha cortado el agua en todo el club y nadie avisa de cuándo vuelve.', categoryId: lists.category, branchId: lists.branch, piiDecision: '', idempotencyKey: randomUUID() };
      bodies.push({ action: fileAction, path: '/board/new', ...(await formActionBody(fields)) });
    } else {
      const c = live[i % Math.max(1, live.length)];
      if (!c) continue;
      bodies.push({ action: meTooAction, path: o.complaintPath, ...(await formActionBody({ complaintId: c.id, on: 'true' })) });
    }
  }
  const clearLimits = setInterval(() => void clearRateLimits(o.pool).catch(() => {}), 500);
  const writers = actionWriters({ base: o.base, connections: o.writeConnections, cookies: o.writeCookies, bodies });
  const writer = writers.run;
  const readers = Math.max(2, o.load.connections - o.writeConnections);
  const reads = (seconds: number) =>
    Promise.all([cannon(`${o.base}/board`, o.readCookies, Math.ceil(readers / 2), seconds), cannon(o.base + o.complaintPath, o.readCookies, Math.floor(readers / 2), seconds)]);

  // The probe: the newest committed complaint, then the board as a reader until it shows it.
  const visible: number[] = [];
  let probing = true;
  const probe = async () => {
    const seen = new Set<number>();
    while (probing) {
      const [row] = (await o.pool.query<{ number: number; at: Date }>(`select number, created_at as at from complaints order by created_at desc limit 1`)).rows;
      if (row && !seen.has(row.number)) {
        seen.add(row.number);
        for (;;) {
          const html = await (await fetch(`${o.base}/board`, { headers: { cookie: o.readCookies[0]! } })).text();
          if (html.includes(`/board/${row.number}"`) || !probing) break;
        }
        if (probing) visible.push(Date.now() - row.at.getTime());
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  try {
    if (o.load.warmupSeconds > 0) await Promise.all([writer(o.load.warmupSeconds), reads(o.load.warmupSeconds)]);
    writers.counts.succeeded = 0;
    writers.counts.failures = 0;
    const usage = startUsage(o.pid);
    const probed = probe();
    const [w, [board, complaint]] = await Promise.all([writer(o.load.durationSeconds), reads(o.load.durationSeconds)]);
    probing = false;
    await probed;
    const sorted = [...visible].sort((a, b) => a - b);
    return {
      readsPerSec: board.requests.average + complaint.requests.average,
      readP99Ms: Math.max(board.latency.p99, complaint.latency.p99),
      readErrors: board.errors + board.timeouts + complaint.errors + complaint.timeouts + board.non2xx + complaint.non2xx,
      writesPerSec: writers.counts.succeeded / o.load.durationSeconds,
      writeP99Ms: w.latency.p99,
      writeFailures: writers.counts.failures + w.errors + w.timeouts,
      visibleSamples: sorted.length,
      visibleP50Ms: percentile(sorted, 50),
      visibleP99Ms: percentile(sorted, 99),
      visibleMaxMs: sorted.at(-1) ?? 0,
      usage: usage.stop(),
      loadAverage: os.loadavg()[0]!,
    };
  } finally {
    probing = false;
    clearInterval(clearLimits);
  }
}
