// Load with autocannon and what each figure of the table is made of.
import os from 'node:os';
import autocannon from 'autocannon';
import { startUsage, type Usage } from './proc';

export interface Measurement {
  name: string;
  path: string;
  bytes: number;
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  usage: Usage;
  /** 1-minute load average at the end of the run: above the core count, others were competing. */
  loadAverage: number;
  /** App processes that served it (2 for the two-process runs). */
  processes: number;
}

export interface Load {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/** Each connection is its own member: per-user queries (membership, unread) are not one cached row. */
export function cannon(url: string, cookies: string[], connections: number, seconds: number, extra: Partial<autocannon.Options> = {}): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration: seconds,
    headers: { accept: 'text/html' },
    setupClient: (client) => {
      if (cookies.length) client.setHeaders({ accept: 'text/html', cookie: cookies[next++ % cookies.length]! });
    },
    ...extra,
  });
}

/**
 * One page under load on one or more app processes: the connections are split evenly between them
 * and the figures combined (requests/s summed, latency percentiles of the slower process).
 */
export async function measure(
  name: string,
  bases: string[],
  target: string,
  cookies: string[],
  pids: number[],
  bytes: number,
  load: Load,
): Promise<Measurement> {
  const per = Math.max(1, Math.floor(load.connections / bases.length));
  const run = (seconds: number) => Promise.all(bases.map((base) => cannon(base + target, cookies, per, seconds)));
  if (load.warmupSeconds > 0) await run(load.warmupSeconds);
  const usage = startUsage(pids);
  const results = await run(load.durationSeconds);
  return {
    name,
    path: target,
    bytes,
    requestsPerSec: sum(results.map((r) => r.requests.average)),
    latencyP50Ms: Math.max(...results.map((r) => r.latency.p50)),
    latencyP99Ms: Math.max(...results.map((r) => r.latency.p99)),
    requests: sum(results.map((r) => r.requests.total)),
    errors: sum(results.map((r) => r.errors + r.timeouts)),
    non2xx: sum(results.map((r) => r.non2xx)),
    usage: usage.stop(),
    loadAverage: os.loadavg()[0]!,
    processes: bases.length,
  };
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—';

/** A plain text table: first column left-aligned, the others right-aligned. */
export function printTable(header: string[], rows: string[][]): void {
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
}
