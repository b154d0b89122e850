// Starting the production server under test and signing members in, for every part of the bench.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import os from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { SCALE_PASSWORD } from '../scripts/seed-scale/ids';

export function fail(message: string): never {
  console.error(`\nbench: ${message}\n`);
  process.exit(1);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number, log: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`the server exited with code ${child.exitCode}; its output is in ${log}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`${url} did not answer within ${timeoutMs / 1000} s; server output in ${log}`);
}

/** The token the bench gives each app it starts, to read its /api/metrics. */
export const BENCH_METRICS_TOKEN = 'bench-metrics-token-0123456789';

export interface PageCacheStats {
  entries: number;
  limit: number;
  hits: number;
  misses: number;
  bypassed: number;
  invalidations: number;
  evictions: number;
}

/** The page cache's counters, read from the app's Prometheus metrics. */
export async function pageCacheStats(base: string): Promise<PageCacheStats | null> {
  const res = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } }).catch(() => null);
  if (!res?.ok) return null;
  const out: Record<string, number> = {};
  for (const m of (await res.text()).matchAll(/^tertulia_page_cache\{stat="(\w+)"\} (\S+)$/gm)) out[m[1]!] = Number(m[2]);
  return { entries: out.entries ?? 0, limit: out.limit ?? 0, hits: out.hits ?? 0, misses: out.misses ?? 0, bypassed: out.bypassed ?? 0, invalidations: out.invalidations ?? 0, evictions: out.evictions ?? 0 };
}

export interface App {
  base: string;
  pid: number;
  log: string;
  stop(): Promise<void>;
}

/** `node --import tsx server.ts` in production mode on the given database, ready when /api/health answers. */
export async function startApp(opts: { port: number; databaseUrl: string; secret: string; log: string; profileDir?: string; env?: Record<string, string> }): Promise<App> {
  const base = `http://127.0.0.1:${opts.port}`;
  const out = openSync(opts.log, 'w');
  const profileFlags = opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : [];
  const child = spawn('node', [...profileFlags, '--import', 'tsx', 'server.ts'], {
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: opts.databaseUrl,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      APP_URL: base,
      NEXTAUTH_SECRET: opts.secret,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      METRICS_TOKEN: BENCH_METRICS_TOKEN,
      // Each process its own disk, as on separate machines: nothing may be shared through it.
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'tertulia-bench-data-')),
      ...opts.env,
    },
  });
  // A child killed by a signal (the fault script's kill -9) keeps exitCode null: it is gone all the same,
  // and its 'exit' has already fired, so waiting for it again would never end.
  const running = () => child.exitCode === null && child.signalCode === null;
  const kill = () => {
    if (running()) child.kill('SIGTERM');
  };
  process.on('exit', kill);
  await waitFor(`${base}/api/health`, child, 120_000, opts.log);
  return {
    base,
    pid: child.pid!,
    log: opts.log,
    async stop() {
      if (!running()) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      kill();
      // A CPU profile is written as the server exits; one that does not exit in time is killed.
      const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(force);
    },
  };
}

export const logPath = (resultsDir: string, stamp: string, name: string) => path.join(resultsDir, `${stamp}-${name}.log`);

export function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** next-auth credentials sign-in, as the sign-in form does it: the session cookie it sets. */
export async function signIn(base: string, email: string, password = SCALE_PASSWORD): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrfRes).join('; '), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(res).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) fail(`signing in as ${email} failed (HTTP ${res.status}); was the scale seed loaded into this database?`);
  return session;
}

/** Five at a time: each sign-in is an argon2 verification on the server. */
export async function signInAll(base: string, emails: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < emails.length; i += 5) cookies.push(...(await Promise.all(emails.slice(i, i + 5).map((e) => signIn(base, e)))));
  return cookies;
}
