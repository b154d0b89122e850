// `npm run bench`: the production build on the scale database (`npm run seed:scale` first), measured
// with autocannon at 50 signed-in members, each figure next to the physical limit of this machine (a
// bare node:http server returning the same bytes): pages, writes under read load, realtime fan-out
// and idle sockets, two app processes on one PostgreSQL, first-load JavaScript and Lighthouse.
// Prints tables and writes bench/results/<time>-<commit>.json.
//
// Flags: --only <name[,name]> (see GROUPS)  --duration <s>  --connections <n>  --warmup <s>
//        --database-url <url>  --port <n> (app; second app n+1; limit n+2)  --sockets <n>
//        --idle-sockets <n>  --write-connections <n>  --profile  --cache on|off
import { execFileSync, fork, type ChildProcess, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BIG_THREAD_ID, scaleEmail, scaleId } from '../scripts/seed-scale/ids';
import { actionId } from './actions';
import { type App, fail, freePort, logPath, type PageCacheStats, pageCacheStats, signInAll, startApp } from './app';
import { type CrisisMeasurement, measureCrisis } from './crisis';
import { cannon, fmt, type Load, type Measurement, measure, printTable } from './cannon';
import { complaintMedians } from './complaints-sql';
import { dashboardMedians, printDashboardReads } from './dashboard-sql';
import { setBenchDatabase } from './proc';
import { firstLoadJs, JS_BUDGET_KB, LIGHTHOUSE_BUDGET, type LighthouseResult, type RouteJs, runLighthouse } from './frontend';
import { type FanOut, fanOut, type IdleSockets, idleSockets } from './realtime';
import { searchMedians } from './search-sql';
import { clearRateLimits, measureWrites, type WriteMeasurement, writeKinds } from './writes';

const PAGES = ['home', 'group', 'thread', 'thread-deep', 'search', 'board', 'board-filtered', 'complaint', 'inbox', 'dashboard'];
// `--only` takes page names and these; a group name selects its members.
const GROUPS: Record<string, string[]> = {
  pages: PAGES,
  writes: ['writes'],
  realtime: ['realtime', 'idle'],
  two: ['two'],
  crisis: ['crisis'],
  frontend: ['js', 'lighthouse'],
  sql: ['complaints-sql', 'search-sql', 'dashboard-sql'],
};
const ALL = new Set([...PAGES, 'limit', 'writes', 'crisis', 'realtime', 'idle', 'two', 'js', 'lighthouse', 'complaints-sql', 'search-sql', 'dashboard-sql']);

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    'database-url': { type: 'string' },
    port: { type: 'string' },
    sockets: { type: 'string', default: '1000' },
    'idle-sockets': { type: 'string', default: '5000' },
    posts: { type: 'string', default: '20' },
    'write-connections': { type: 'string', default: '10' },
    // V8 CPU profiles of the server, one per thread, in bench/results/<run>-profile/ (the largest is
    // the main thread; open it in Chrome DevTools or speedscope).
    profile: { type: 'boolean', default: false },
    // `--cache off` starts the apps without the page cache (docs/decisions/0010-page-cache.md), for before/after.
    cache: { type: 'string', default: 'on' },
  },
});
const APP_ENV = { TERTULIA_PAGE_CACHE: args.cache === 'off' ? 'off' : 'on' };
const LOAD: Load = { connections: Number(args.connections), warmupSeconds: Number(args.warmup), durationSeconds: Number(args.duration) };
const SECRET = process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-not-for-production-0123456789';
const DATABASE_URL = args['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tertulia_scale';
const ONLY = args.only ? new Set(args.only.split(',').flatMap((n) => GROUPS[n] ?? [n])) : ALL;
for (const name of ONLY) if (!ALL.has(name)) fail(`--only: unknown name "${name}"; names: ${[...ALL, ...Object.keys(GROUPS)].join(', ')}`);
const wants = (name: string) => ONLY.has(name);
// One signed-in member per connection, up to this many distinct accounts.
const SIGNED_IN_USERS = Math.min(LOAD.connections, 50);
const RESULTS_DIR = path.join('bench', 'results');
// Thread 1's posts are numbered 1..1,001 by the seed: the deep page starts after the 500th.
const DEEP_POST = 500;

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

function pageRows(rows: (Measurement & { ofLimit: number | null })[], limit: Measurement | null): string[][] {
  const line = (m: Measurement, ofLimit: string) => [
    m.processes > 1 ? `${m.name} ×${m.processes}` : m.name,
    fmt(m.requestsPerSec, 1),
    fmt(m.latencyP50Ms),
    fmt(m.latencyP99Ms),
    fmt(m.errors),
    fmt(m.non2xx),
    fmt(m.usage.serverCpuCores, 2),
    fmt(m.usage.postgresCpuCores, 2),
    // Server CPU per request: less sensitive than req/s to what else the machine is running.
    fmt((m.usage.serverCpuCores * 1000) / m.requestsPerSec, 1),
    fmt(m.usage.serverPeakRssMb),
    fmt(m.bytes / 1024, 1),
    fmt(m.loadAverage, 1),
    ofLimit,
  ];
  return [...rows.map((r) => line(r, r.ofLimit === null ? '' : `${(r.ofLimit * 100).toFixed(1)} %`)), ...(limit ? [line(limit, 'limit')] : [])];
}
const PAGE_HEADER = ['page', 'req/s', 'p50 ms', 'p99 ms', 'err', 'non2xx', 'srv CPU', 'pg CPU', 'CPU ms/req', 'peak RSS MB', 'KB', 'load', 'ours/limit'];

// ── Front-end budget from the build (no server needed) ─────────────────────────────────────────
const needsServer = [...ONLY].some((n) => n !== 'js');
let pool: pg.Pool | null = null;
let scale: Record<string, string> = {};
let slug = '';
if (needsServer) {
  setBenchDatabase(new URL(DATABASE_URL).pathname.slice(1));
  pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  const big = await pool
    .query<{ slug: string }>('select g.slug from threads t join groups g on g.id = t.group_id where t.id = $1', [BIG_THREAD_ID])
    .catch((e: Error) => fail(`cannot read ${DATABASE_URL}: ${e.message}`));
  if (!big.rows[0]) fail(`no scale data in ${DATABASE_URL}: run \`DATABASE_URL=${DATABASE_URL} npm run seed:scale\` first.`);
  slug = big.rows[0].slug;
  scale = (await pool.query<Record<string, string>>(
    `select (select count(*) from users) as users, (select count(*) from groups) as groups, (select count(*) from threads) as threads,
            (select count(*) from posts) as posts, (select count(*) from complaints) as complaints`,
  )).rows[0]!;
}

console.log('Building if the sources changed…');
if (spawnSync('node', ['scripts/build-if-stale.mjs'], { stdio: 'inherit' }).status !== 0) fail('the production build failed');
const js: RouteJs[] | null = wants('js') ? firstLoadJs() : null;

mkdirSync(RESULTS_DIR, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
const fixedPort = args.port ? Number(args.port) : null;
const portFor = async (offset: number) => (fixedPort ? fixedPort + offset : freePort());

const measured: Measurement[] = [];
const skipped: { name: string; path: string; reason: string }[] = [];
let limit: Measurement | null = null;
const writes: WriteMeasurement[] = [];
const realtime: FanOut[] = [];
let idle: IdleSockets | null = null;
let lighthouseResults: LighthouseResult[] | null = null;
let complaintReads: Awaited<ReturnType<typeof complaintMedians>> | null = null;
let dashboardReads: Awaited<ReturnType<typeof dashboardMedians>> | null = null;
let search: Awaited<ReturnType<typeof searchMedians>> | null = null;
let signedIn = 0;
// The page cache's counters around each page's run (warm-up included), and the crisis run.
const cacheRows: { name: string; before: PageCacheStats; after: PageCacheStats }[] = [];
let crisis: CrisisMeasurement | null = null;

const apps: App[] = [];
let limitServer: ChildProcess | null = null;
try {
  if (needsServer && pool) {
    const app = await startApp({
      port: await portFor(0),
      databaseUrl: DATABASE_URL,
      secret: SECRET,
      log: logPath(RESULTS_DIR, stamp, 'server'),
      profileDir: args.profile ? path.join(RESULTS_DIR, `${stamp}-profile`) : undefined,
      env: APP_ENV,
    });
    apps.push(app);
    const { base } = app;
    const started = performance.now();
    const cookies = await signInAll(base, Array.from({ length: SIGNED_IN_USERS }, (_, i) => scaleEmail(i + 1)));
    signedIn = cookies.length;
    console.log(`${cookies.length} members signed in (${((performance.now() - started) / 1000).toFixed(1)} s); server pid ${app.pid}, ${base}`);

    const q = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await pool!.query<T>(text, values)).rows;
    // The inbox and official replies are measured as staff, the dashboard as managers: a few of the
    // scale community's accounts in each role.
    const roleEmails = async (role: 'staff' | 'manager') =>
      (await q<{ email: string }>(`select email from users where role = $1 and status = 'active' and email like '%@escala.test' order by email limit 5`, [role])).map((r) => r.email);
    const staffCookies = await signInAll(base, await roleEmails('staff'));
    const managerCookies = await signInAll(base, await roleEmails('manager'));
    const cookiesOf = (t: { as?: 'staff' | 'manager' }) => (t.as === 'manager' ? managerCookies : t.as === 'staff' ? staffCookies : cookies);
    const board = (
      await q<{ category: string; number: number }>(
        `select (select category_id from complaints group by category_id order by count(*) desc limit 1) as category,
                (select number from complaints order by comment_count desc, me_too_count desc limit 1) as number`,
      )
    )[0];

    // Idle sockets first, on a server that has not rendered under load yet: its memory then grows
    // for the sockets alone instead of reusing what 50 concurrent renders left behind.
    if (wants('idle')) {
      process.stdout.write(`realtime: ${args['idle-sockets']} idle sockets … `);
      idle = await idleSockets({ bases: [base], cookies, n: Number(args['idle-sockets']), pids: [app.pid] });
      console.log(`${fmt(idle.rssAfterMb - idle.rssBeforeMb)} MB more`);
    }

    // ── Pages, and the limit: the same bytes from a bare node:http server ──────────────────────
    const threadPath = `/groups/${slug}/${BIG_THREAD_ID}`;
    const deep = PAGES.some(wants) ? await deepThreadPage(base, threadPath, cookies[0]!) : null;
    const targets: { name: string; path: string; note?: string; as?: 'staff' | 'manager' }[] = [
      { name: 'home', path: '/' },
      { name: 'group', path: `/groups/${slug}` },
      { name: 'thread', path: threadPath },
      deep ? { name: 'thread-deep', path: deep } : { name: 'thread-deep', path: threadPath, note: 'the thread page has no links to later pages yet: not measured' },
      { name: 'search', path: '/search?q=futbol' },
      ...(board?.number
        ? [
            { name: 'board', path: '/board' },
            { name: 'board-filtered', path: `/board?status=in_progress&category=${board.category}` },
            { name: 'complaint', path: `/board/${board.number}` },
            { name: 'inbox', path: '/staff/complaints', as: 'staff' as const },
            { name: 'dashboard', path: '/admin/dashboard', as: 'manager' as const },
          ]
        : [{ name: 'board', path: '/board', note: 'no complaints in the scale data: run seed:scale again' }]),
    ];
    const pageBytes = new Map<string, Buffer>();
    const probe = async (t: { name: string; path: string; as?: 'staff' | 'manager' }) => {
      // Bytes as a plain member sees them (socio1…socio3 own or moderate the big group: larger pages).
      const res = await fetch(base + t.path, { headers: { cookie: cookiesOf(t).at(-1)! }, redirect: 'manual' });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status === 200) pageBytes.set(t.name, body);
      return res.status;
    };
    for (const t of targets) {
      const needed = wants(t.name) || (t.name === 'home' && wants('limit')) || (['thread', 'board'].includes(t.name) && wants('two'));
      if (!needed) continue;
      if (t.note) {
        skipped.push({ name: t.name, path: t.path, reason: t.note });
        continue;
      }
      const status = await probe(t);
      if (status !== 200) {
        skipped.push({ name: t.name, path: t.path, reason: `HTTP ${status} for a signed-in member (page not there yet?)` });
        continue;
      }
      if (!wants(t.name)) continue;
      process.stdout.write(`measuring ${t.name} (${t.path}) … `);
      const cacheBefore = await pageCacheStats(base);
      const m = await measure(t.name, [base], t.path, cookiesOf(t), [app.pid], pageBytes.get(t.name)!.length, LOAD);
      console.log(`${fmt(m.requestsPerSec, 1)} req/s`);
      measured.push(m);
      const cacheAfter = await pageCacheStats(base);
      if (cacheBefore && cacheAfter) cacheRows.push({ name: t.name, before: cacheBefore, after: cacheAfter });
    }
    const homeHtml = pageBytes.get('home');
    if (homeHtml && (wants('limit') || wants('home'))) {
      const file = path.join(os.tmpdir(), `tertulia-bench-home-${process.pid}.html`);
      writeFileSync(file, homeHtml);
      const limitPort = await portFor(2);
      const child = fork('bench/limit-server.mjs', [file, String(limitPort)], { stdio: 'ignore' });
      limitServer = child;
      await new Promise((resolve) => child.once('message', resolve));
      process.stdout.write('measuring the limit (bare node:http, home page bytes) … ');
      limit = await measure('limit', [`http://127.0.0.1:${limitPort}`], '/', [], [child.pid!], homeHtml.length, LOAD);
      console.log(`${fmt(limit.requestsPerSec, 1)} req/s`);
      child.kill('SIGTERM');
      limitServer = null;
    }

    // ── Writes under read load, and realtime: replies go to another thread of the big group ────
    const needsWriter = wants('writes') || wants('realtime') || wants('two');
    const writeThread = needsWriter
      ? (await q<{ id: string }>(`select id from threads where group_id = (select group_id from threads where id = $1) and id <> $1 and not locked order by id limit 1`, [BIG_THREAD_ID]))[0]
      : undefined;
    const writeThreadPath = writeThread ? `/groups/${slug}/${writeThread.id}` : '';
    // Plain members of that group (the first scale accounts own or moderate it).
    const groupMembers = needsWriter
      ? (
          await q<{ email: string }>(
            `select u.email from group_members gm join users u on u.id = gm.user_id
              where gm.group_id = (select group_id from threads where id = $1) and gm.role = 'member' and u.role = 'member' and u.status = 'active' and u.email like 'socio%'
              order by u.created_at limit $2`,
            [BIG_THREAD_ID, SIGNED_IN_USERS],
          )
        ).map((r) => r.email)
      : [];
    const groupCookies = needsWriter ? await signInAll(base, groupMembers) : [];
    const replyAction = needsWriter ? actionId('app/(member)/groups/[slug]/[threadId]/actions.ts', 'replyAction') : '';

    if (wants('writes') && writeThread) {
      const kinds = await writeKinds(pool, { writeThreadPath, writeThreadId: writeThread.id, replyCookies: groupCookies, memberCookies: cookies, staffCookies });
      for (const kind of kinds) {
        process.stdout.write(`measuring writes: ${kind.name} on ${args['write-connections']} connections while the thread page is read … `);
        const w = await measureWrites(kind, { base, readPath: threadPath, readCookies: cookies, pid: app.pid, pool, load: LOAD, writeConnections: Number(args['write-connections']) });
        console.log(`${fmt(w.writesPerSec, 1)} writes/s, reads ${fmt(w.readsPerSec, 1)} req/s`);
        writes.push(w);
      }
    }

    if (wants('crisis') && board?.number) {
      process.stdout.write(`crisis: ${LOAD.connections - Number(args['write-connections'])} connections read the board and complaint #${board.number}, ${args['write-connections']} file complaints and "me too" … `);
      const before = await pageCacheStats(base);
      crisis = await measureCrisis({ base, pool, pid: app.pid, load: LOAD, readCookies: cookies, writeCookies: cookies, complaintPath: `/board/${board.number}`, writeConnections: Number(args['write-connections']) });
      const after = await pageCacheStats(base);
      if (before && after) cacheRows.push({ name: 'crisis', before, after });
      console.log(`reads ${fmt(crisis.readsPerSec, 1)} req/s, writes ${fmt(crisis.writesPerSec, 1)}/s, visible p99 ${fmt(crisis.visibleP99Ms)} ms`);
    }

    if (wants('realtime') && writeThread) {
      await clearRateLimits(pool);
      process.stdout.write(`realtime: ${args.sockets} sockets in one thread's room, ${args.posts} replies … `);
      const r = await fanOut({ bases: [base], cookies: groupCookies, n: Number(args.sockets), posts: Number(args.posts), threadId: writeThread.id, threadPath: writeThreadPath, replyAction, replyCookies: groupCookies });
      console.log(`p99 ${fmt(r.deliveryP99Ms)} ms`);
      realtime.push(r);
    }

    if (wants('lighthouse')) {
      process.stdout.write('Lighthouse on home, thread and board as a member … ');
      lighthouseResults = await runLighthouse(base, cookies.at(-1)!, [
        { name: 'home', path: '/' },
        { name: 'thread', path: threadPath },
        { name: 'board', path: '/board' },
      ]);
      console.log('done');
    }

    // ── Two app processes on the same PostgreSQL ───────────────────────────────────────────────
    if (wants('two')) {
      const second = await startApp({ port: await portFor(1), databaseUrl: DATABASE_URL, secret: SECRET, log: logPath(RESULTS_DIR, stamp, 'server-2'), env: APP_ENV });
      apps.push(second);
      const bases = [base, second.base];
      const shared = targets.filter((x) => ['thread', 'board'].includes(x.name) && pageBytes.has(x.name));
      // A fresh process compiles each route on its first requests: warm it up as long as the first one was.
      for (const t of shared) await cannon(second.base + t.path, cookies, 10, 10);
      for (const t of shared) {
        process.stdout.write(`measuring ${t.name} on two processes … `);
        const m = await measure(t.name, bases, t.path, cookies, [app.pid, second.pid], pageBytes.get(t.name)!.length, LOAD);
        console.log(`${fmt(m.requestsPerSec, 1)} req/s`);
        measured.push(m);
      }
      if (writeThread) {
        await clearRateLimits(pool);
        process.stdout.write(`realtime across two processes: ${args.sockets} sockets split, replies on the first … `);
        const r = await fanOut({ bases, cookies: groupCookies, n: Number(args.sockets), posts: Number(args.posts), threadId: writeThread.id, threadPath: writeThreadPath, replyAction, replyCookies: groupCookies });
        console.log(`p99 ${fmt(r.deliveryP99Ms)} ms (other process ${fmt(r.otherProcessP99Ms ?? Number.NaN)} ms)`);
        realtime.push(r);
      }
    }

    // ── Complaint reads and search in SQL, without the web layer (search closes the connection) ──
    if (wants('complaints-sql')) complaintReads = await complaintMedians(pool, { DATABASE_URL, NEXTAUTH_SECRET: SECRET });
    if (wants('dashboard-sql')) dashboardReads = await dashboardMedians(pool, { DATABASE_URL, NEXTAUTH_SECRET: SECRET });
    if (wants('search-sql')) search = await searchMedians(pool, { DATABASE_URL, NEXTAUTH_SECRET: SECRET });
  }

  // ── Report ───────────────────────────────────────────────────────────────────────────────────
  const rows = measured.map((m) => ({ ...m, ofLimit: limit ? m.requestsPerSec / limit.requestsPerSec : null }));
  const git = commitId();
  console.log(`\nTertulia ${git.short}${git.dirty ? ' (uncommitted changes)' : ''}${needsServer ? ` · ${scale.users} members, ${scale.threads} threads, ${scale.posts} posts, ${scale.complaints} complaints` : ''}`);
  console.log(`${LOAD.connections} connections, ${LOAD.durationSeconds} s each after ${LOAD.warmupSeconds} s warm-up; CPU in cores (this machine has ${os.cpus().length}); load average now: ${os.loadavg()[0]!.toFixed(2)}\n`);
  if (rows.length || limit) printTable(PAGE_HEADER, pageRows(rows, limit));
  for (const s of skipped) console.log(`skipped ${s.name} (${s.path}): ${s.reason}`);
  if (writes.length) {
    console.log(`\nwrites on ${args['write-connections']} connections while the other ${LOAD.connections - Number(args['write-connections'])} read the thread page:`);
    printTable(
      ['write', 'writes/s', 'p50 ms', 'p99 ms', 'failed', 'reads/s', 'read p99 ms', 'srv CPU', 'pg CPU', 'peak RSS MB', 'load'],
      writes.map((w) => [w.name, fmt(w.writesPerSec, 1), fmt(w.writeP50Ms), fmt(w.writeP99Ms), fmt(w.writeFailures), fmt(w.readsPerSec, 1), fmt(w.readP99Ms), fmt(w.usage.serverCpuCores, 2), fmt(w.usage.postgresCpuCores, 2), fmt(w.usage.serverPeakRssMb), fmt(w.loadAverage, 1)]),
    );
  }
  if (crisis) {
    console.log(`\ncrisis: reads of the board and a complaint while ${args['write-connections']} connections file complaints and say "me too" (targets: reads ≥ 300/s, writes ≥ 50/s, none failed, visible p99 < 1 s):`);
    printTable(
      ['reads/s', 'read p99 ms', 'read errors', 'writes/s', 'write p99 ms', 'failed', 'visible p50 ms', 'visible p99 ms', 'max ms', 'samples', 'srv CPU', 'pg CPU', 'peak RSS MB', 'load'],
      [[fmt(crisis.readsPerSec, 1), fmt(crisis.readP99Ms), fmt(crisis.readErrors), fmt(crisis.writesPerSec, 1), fmt(crisis.writeP99Ms), fmt(crisis.writeFailures), fmt(crisis.visibleP50Ms), fmt(crisis.visibleP99Ms), fmt(crisis.visibleMaxMs), fmt(crisis.visibleSamples), fmt(crisis.usage.serverCpuCores, 2), fmt(crisis.usage.postgresCpuCores, 2), fmt(crisis.usage.serverPeakRssMb), fmt(crisis.loadAverage, 1)]],
    );
  }
  if (cacheRows.length) {
    console.log(`\npage cache (${args.cache === 'off' ? 'switched off' : 'on'}), during each run: reads served from memory, loaded, dropped by writes; entries kept of the limit:`);
    printTable(
      ['run', 'hits', 'misses', 'hit rate', 'bypassed', 'invalidations', 'evictions', 'entries', 'limit'],
      cacheRows.map(({ name, before: b, after: a }) => {
        const hits = a.hits - b.hits;
        const misses = a.misses - b.misses;
        return [name, fmt(hits), fmt(misses), hits + misses ? `${((hits / (hits + misses)) * 100).toFixed(1)} %` : '—', fmt(a.bypassed - b.bypassed), fmt(a.invalidations - b.invalidations), fmt(a.evictions - b.evictions), fmt(a.entries), fmt(a.limit)];
      }),
    );
  }
  if (realtime.length) {
    console.log('\nrealtime: one reply at a time, delivered to every socket in the thread room (from sending the reply):');
    printTable(
      ['sockets', 'processes', 'replies', 'p50 ms', 'p99 ms', 'max ms', 'other process p50/p99 ms', 'missed', 'reply HTTP p50 ms'],
      realtime.map((r) => [fmt(r.sockets), String(r.processes), String(r.posts), fmt(r.deliveryP50Ms), fmt(r.deliveryP99Ms), fmt(r.deliveryMaxMs), r.otherProcessP50Ms === null ? '—' : `${fmt(r.otherProcessP50Ms)} / ${fmt(r.otherProcessP99Ms ?? Number.NaN)}`, fmt(r.missed), fmt(r.replyP50Ms)]),
    );
  }
  if (idle) console.log(`\nidle sockets: ${fmt(idle.sockets)} connected in ${idle.connectSeconds.toFixed(1)} s; server RSS ${fmt(idle.rssBeforeMb)} → ${fmt(idle.rssAfterMb)} MB (${fmt(idle.perSocketKb, 1)} KB per socket)`);
  if (js) {
    const member = js.filter((r) => r.member);
    const over = member.filter((r) => r.firstLoadKb > JS_BUDGET_KB);
    console.log(`\nfirst-load JS (gzip) per route, budget ${JS_BUDGET_KB} kB for member pages: ${over.length ? `${over.length} of ${member.length} over` : 'all within'}`);
    printTable(['route', 'kB', ''], js.map((r) => [r.route, fmt(r.firstLoadKb, 1), r.member && r.firstLoadKb > JS_BUDGET_KB ? 'over' : '']));
  }
  if (lighthouseResults) {
    console.log(`\nLighthouse (mobile defaults) as a member; budget performance ≥ ${LIGHTHOUSE_BUDGET.performance}, accessibility ${LIGHTHOUSE_BUDGET.accessibility}:`);
    printTable(
      ['page', 'performance', 'accessibility', 'LCP ms', 'TBT ms', 'failed accessibility audits'],
      lighthouseResults.map((l) => [l.name, String(l.performance), String(l.accessibility), fmt(l.lcpMs), fmt(l.tbtMs), l.failedAccessibility.join(', ')]),
    );
  }
  if (complaintReads) {
    console.log(`\ncomplaint reads in lib/complaints (${fmt(complaintReads.complaints)} complaints, ${fmt(complaintReads.events)} events), median of 50 runs:`);
    for (const r of complaintReads.reads) console.log(`  ${r.name.padEnd(36)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${String(r.queries).padStart(2)} ${r.queries === 1 ? 'query' : 'queries'}  ${String(r.rows).padStart(4)} rows`);
  }
  if (dashboardReads) {
    console.log('');
    printDashboardReads(dashboardReads);
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
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg(), node: process.version },
        options: { ...LOAD, signedInUsers: signedIn, only: [...ONLY], sockets: Number(args.sockets), idleSockets: Number(args['idle-sockets']), writeConnections: Number(args['write-connections']) },
        database: needsServer ? { url: DATABASE_URL.replace(/\/\/[^@]*@/, '//'), ...scale } : null,
        pages: rows,
        limit,
        skipped,
        writes,
        crisis,
        pageCache: { mode: args.cache === 'off' ? 'off' : 'on', runs: cacheRows },
        realtime,
        idleSockets: idle,
        firstLoadJs: js,
        lighthouse: lighthouseResults,
        searchSql: search,
        complaintsSql: complaintReads,
        dashboardSql: dashboardReads,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwritten ${file}`);
} finally {
  (limitServer as ChildProcess | null)?.kill('SIGTERM');
  await Promise.all(apps.map((a) => a.stop()));
  await pool?.end();
}
