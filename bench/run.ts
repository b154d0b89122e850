// `npm run bench`: the production build on the scale database (`npm run seed:scale` first), measured
// page by page with autocannon at 50 signed-in users, next to the physical limit of this machine (a
// bare node:http server returning the same bytes). Prints a table and writes bench/results/*.json.
//
// Flags: --only <name[,name]>  --duration <s>  --connections <n>  --warmup <s>  --database-url <url>  --profile
import { type ChildProcess, execFileSync, fork, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { BIG_THREAD_ID, SCALE_PASSWORD, scaleEmail, scaleId } from '../scripts/seed-scale/ids';
import { startUsage, type Usage } from './proc';
import { complaintMedians } from './complaints-sql';
import { searchMedians } from './search-sql';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    'database-url': { type: 'string' },
    // V8 CPU profiles of the server, one per thread, in bench/results/<run>-profile/ (the largest is
    // the main thread; open it in Chrome DevTools or speedscope).
    profile: { type: 'boolean', default: false },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const WARMUP = Number(args.warmup);
const SECRET = process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-not-for-production-0123456789';
const DATABASE_URL = args['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tertulia_scale';
const ONLY = args.only ? new Set(args.only.split(',')) : null;
// One signed-in member per connection, up to this many distinct accounts.
const SIGNED_IN_USERS = Math.min(CONNECTIONS, 50);
const RESULTS_DIR = path.join('bench', 'results');
// Thread 1's posts are numbered 1..1,001 by the seed: the deep page starts after the 500th.
const DEEP_POST = 500;

function fail(message: string): never {
  console.error(`\nbench: ${message}\n`);
  process.exit(1);
}

function freePort(): Promise<number> {
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

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** next-auth credentials sign-in, as the sign-in form does it: the session cookie it sets. */
async function signIn(base: string, email: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrfRes).join('; '), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: SCALE_PASSWORD, json: 'true', callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(res).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) fail(`signing in as ${email} failed (HTTP ${res.status}); was the scale seed loaded into this database?`);
  return session;
}

interface Target {
  name: string;
  path: string;
  note?: string;
  /** Measured with staff sessions (the inbox). */
  staff?: boolean;
}

interface Measurement {
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
}

function cannon(url: string, cookies: string[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { accept: 'text/html' },
    // Each connection is its own member: per-user queries (membership, unread) are not one cached row.
    setupClient: (client) => {
      if (cookies.length) client.setHeaders({ accept: 'text/html', cookie: cookies[next++ % cookies.length]! });
    },
  });
}

async function measure(name: string, base: string, target: string, cookies: string[], pid: number, bytes: number): Promise<Measurement> {
  if (WARMUP > 0) await cannon(base + target, cookies, WARMUP);
  const usage = startUsage(pid);
  const r = await cannon(base + target, cookies, DURATION);
  return {
    name,
    path: target,
    bytes,
    requestsPerSec: r.requests.average,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    usage: usage.stop(),
    loadAverage: os.loadavg()[0]!,
  };
}

/**
 * A page in the middle of the 1,000-reply thread, in the thread page's own URL scheme: keyset
 * pages (`?after=<post id>`, links "newer posts") start after the thread's 500th post, whose id the
 * seed computes. Null while the page links to no later page (not paginated).
 */
async function deepThreadPage(base: string, threadPath: string, cookie: string): Promise<string | null> {
  const html = await (await fetch(base + threadPath, { headers: { cookie } })).text();
  return html.includes(`href="${threadPath}?after=`) ? `${threadPath}?after=${scaleId('post', DEEP_POST)}` : null;
}

function commitId(): { commit: string; short: string; dirty: boolean } {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
  return { commit, short: commit.slice(0, 7), dirty };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printTable(rows: (Measurement & { ofLimit: number | null })[], limit: Measurement | null) {
  const header = ['page', 'req/s', 'p50 ms', 'p99 ms', 'err', 'non2xx', 'srv CPU', 'pg CPU', 'peak RSS MB', 'KB', 'load', 'ours/limit'];
  const line = (m: Measurement, ofLimit: string) => [
    m.name,
    fmt(m.requestsPerSec, 1),
    fmt(m.latencyP50Ms),
    fmt(m.latencyP99Ms),
    fmt(m.errors),
    fmt(m.non2xx),
    fmt(m.usage.serverCpuCores, 2),
    fmt(m.usage.postgresCpuCores, 2),
    fmt(m.usage.serverPeakRssMb),
    fmt(m.bytes / 1024, 1),
    fmt(m.loadAverage, 1),
    ofLimit,
  ];
  const table = [header, ...rows.map((r) => line(r, r.ofLimit === null ? '' : `${(r.ofLimit * 100).toFixed(1)} %`))];
  if (limit) table.push(line(limit, 'limit'));
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
}

// ── Preconditions ────────────────────────────────────────────────────────────────────────────────
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
const big = await pool
  .query<{ slug: string; replies: number }>('select g.slug, t.reply_count as replies from threads t join groups g on g.id = t.group_id where t.id = $1', [BIG_THREAD_ID])
  .catch((e: Error) => fail(`cannot read ${DATABASE_URL}: ${e.message}`));
if (!big.rows[0]) fail(`no scale data in ${DATABASE_URL}: run \`DATABASE_URL=${DATABASE_URL} npm run seed:scale\` first.`);
const { slug } = big.rows[0];
const scale = (await pool.query<Record<string, string>>(
  `select (select count(*) from users) as users, (select count(*) from groups) as groups,
          (select count(*) from threads) as threads, (select count(*) from posts) as posts`,
)).rows[0]!;

console.log('Building if the sources changed…');
if (spawnSync('node', ['scripts/build-if-stale.mjs'], { stdio: 'inherit' }).status !== 0) fail('the production build failed');

// ── Server under test ────────────────────────────────────────────────────────────────────────────
mkdirSync(RESULTS_DIR, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
const serverLog = path.join(RESULTS_DIR, `${stamp}-server.log`);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const out = openSync(serverLog, 'w');
const profileFlags = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(RESULTS_DIR, `${stamp}-profile`)}`] : [];
const server = spawn('node', [...profileFlags, '--import', 'tsx', 'server.ts'], {
  stdio: ['ignore', out, out],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL,
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_URL: base,
    NEXTAUTH_SECRET: SECRET,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
const stopServer = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stopServer);

let limitServer: ChildProcess | null = null;
try {
  await waitFor(`${base}/api/health`, server, 120_000, serverLog);
  const started = performance.now();
  const cookies: string[] = [];
  for (let i = 1; i <= SIGNED_IN_USERS; i += 5) {
    const batch = Array.from({ length: Math.min(5, SIGNED_IN_USERS - i + 1) }, (_, k) => signIn(base, scaleEmail(i + k)));
    cookies.push(...(await Promise.all(batch)));
  }
  console.log(`${cookies.length} members signed in (${((performance.now() - started) / 1000).toFixed(1)} s); server pid ${server.pid}, port ${port}`);

  // The inbox is measured as staff: a few of the scale community's staff accounts.
  const staffEmails = (await pool.query<{ email: string }>(`select email from users where role = 'staff' and status = 'active' and email like '%@escala.test' order by email limit 5`)).rows.map((r) => r.email);
  const staffCookies = await Promise.all(staffEmails.map((email) => signIn(base, email)));
  const board = (
    await pool.query<{ category: string; number: number }>(
      `select (select category_id from complaints group by category_id order by count(*) desc limit 1) as category,
              (select number from complaints order by comment_count desc, me_too_count desc limit 1) as number`,
    )
  ).rows[0];

  const threadPath = `/groups/${slug}/${BIG_THREAD_ID}`;
  const deep = await deepThreadPage(base, threadPath, cookies[0]!);
  const targets: Target[] = [
    { name: 'home', path: '/' },
    { name: 'group', path: `/groups/${slug}` },
    { name: 'thread', path: threadPath },
    deep
      ? { name: 'thread-deep', path: deep }
      : { name: 'thread-deep', path: threadPath, note: 'the thread page has no links to later pages yet: not measured' },
    { name: 'search', path: '/search?q=futbol' },
    ...(board?.number
      ? [
          { name: 'board', path: '/board' },
          { name: 'board-filtered', path: `/board?status=in_progress&category=${board.category}` },
          { name: 'complaint', path: `/board/${board.number}` },
          { name: 'inbox', path: '/staff/complaints', staff: true },
        ]
      : [{ name: 'board', path: '/board', note: 'no complaints in the scale data: run seed:scale again' }]),
  ];
  const skipped: { name: string; path: string; reason: string }[] = [];
  const measured: Measurement[] = [];
  let homeHtml: Buffer | null = null;
  for (const t of targets) {
    if (ONLY && !ONLY.has(t.name) && !(t.name === 'home' && ONLY.has('limit'))) continue;
    if (t.note) {
      skipped.push({ name: t.name, path: t.path, reason: t.note });
      continue;
    }
    // Bytes as a plain member sees them (socio1…socio3 own or moderate the big group: larger pages).
    const sessions = t.staff ? staffCookies : cookies;
    const probe = await fetch(base + t.path, { headers: { cookie: sessions.at(-1)! }, redirect: 'manual' });
    const body = Buffer.from(await probe.arrayBuffer());
    if (probe.status !== 200) {
      skipped.push({ name: t.name, path: t.path, reason: `HTTP ${probe.status} for a signed-in member (page not there yet?)` });
      continue;
    }
    if (t.name === 'home') homeHtml = body;
    if (ONLY && !ONLY.has(t.name)) continue;
    process.stdout.write(`measuring ${t.name} (${t.path}) … `);
    const m = await measure(t.name, base, t.path, sessions, server.pid!, body.length);
    console.log(`${fmt(m.requestsPerSec, 1)} req/s`);
    measured.push(m);
  }

  // ── The limit: the same bytes from a bare node:http server ────────────────────────────────────
  let limit: Measurement | null = null;
  if (homeHtml && (!ONLY || ONLY.has('limit') || ONLY.has('home'))) {
    const file = path.join(os.tmpdir(), `tertulia-bench-home-${process.pid}.html`);
    writeFileSync(file, homeHtml);
    const limitPort = await freePort();
    const child = fork('bench/limit-server.mjs', [file, String(limitPort)], { stdio: 'ignore' });
    limitServer = child;
    await new Promise((resolve) => child.once('message', resolve));
    process.stdout.write('measuring the limit (bare node:http, home page bytes) … ');
    limit = await measure('limit', `http://127.0.0.1:${limitPort}`, '/', [], child.pid!, homeHtml.length);
    console.log(`${fmt(limit.requestsPerSec, 1)} req/s`);
  }

  // ── Complaint reads and search in SQL, without the web layer (search closes the connection) ──
  const complaintReads = !ONLY || ONLY.has('complaints-sql') ? await complaintMedians(pool, { DATABASE_URL, NEXTAUTH_SECRET: SECRET }) : null;
  const search = !ONLY || ONLY.has('search-sql') ? await searchMedians(pool, { DATABASE_URL, NEXTAUTH_SECRET: SECRET }) : null;

  const rows = measured.map((m) => ({ ...m, ofLimit: limit ? m.requestsPerSec / limit.requestsPerSec : null }));
  const git = commitId();
  console.log(`\nTertulia ${git.short}${git.dirty ? ' (uncommitted changes)' : ''} · ${scale.users} members, ${scale.threads} threads, ${scale.posts} posts`);
  console.log(`${CONNECTIONS} connections, ${DURATION} s each after ${WARMUP} s warm-up; CPU in cores (this machine has ${os.cpus().length}); load average before: ${os.loadavg()[0]!.toFixed(2)}\n`);
  printTable(rows, limit);
  for (const s of skipped) console.log(`skipped ${s.name} (${s.path}): ${s.reason}`);
  if (complaintReads) {
    console.log(`\ncomplaint reads in lib/complaints (${fmt(complaintReads.complaints)} complaints, ${fmt(complaintReads.events)} events), median of 50 runs:`);
    for (const r of complaintReads.reads) console.log(`  ${r.name.padEnd(36)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${String(r.queries).padStart(2)} ${r.queries === 1 ? 'query' : 'queries'}  ${String(r.rows).padStart(4)} rows`);
  }
  if (search) {
    console.log(`\nsearch (${search.query}), ${search.runs} runs: median ${search.medianMs.toFixed(1)} ms`);
    for (const t of search.terms) console.log(`  ${JSON.stringify(t.term).padEnd(22)} median ${t.medianMs.toFixed(1).padStart(8)} ms  ${fmt(t.matches).padStart(9)} matching posts`);
  }

  const file = path.join(RESULTS_DIR, `${stamp}-${git.short}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        commit: git.commit,
        dirty: git.dirty,
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverageBefore: os.loadavg(), node: process.version },
        options: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, signedInUsers: cookies.length },
        database: { url: DATABASE_URL.replace(/\/\/[^@]*@/, '//'), ...scale },
        pages: rows,
        limit,
        skipped,
        searchSql: search,
        complaintsSql: complaintReads,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwritten ${file}`);
} finally {
  limitServer?.kill('SIGTERM');
  stopServer();
  // The profile is written as the server exits.
  if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
  await pool.end();
}
