// `npm run faults`: replays the faults of issue 21 for real against a production build on a PostgreSQL
// cluster of its own (never the machine's server), with two app processes and a local SMTP server,
// and prints one line per fault: writes acknowledged / lost / duplicated, mails expected / delivered /
// duplicated, and how long recovery took. Not part of `npm test`: it takes a few minutes.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { io as connect, type Socket } from 'socket.io-client';
import { actionHeaders, actionId, actionSucceeded, formActionBody } from '../bench/actions';
import { type App, freePort, signIn, startApp } from '../bench/app';
import { createSmtpServer } from '../tests/integration/smtp-server';
import { startThrowawayPostgres } from '../tests/integration/throwaway-postgres';

const DEMO_PASSWORD = 'ribera-demo-2026';
const SECRET = 'fault-script-secret-not-for-production-use-0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Row {
  fault: string;
  acknowledged?: number;
  lost?: number;
  duplicated?: number;
  mailsExpected?: number;
  delivered?: number;
  mailsDuplicated?: number;
  recoveryMs?: number | null;
  note: string;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(everyMs);
  }
  return null;
}

/** A server action called as the browser calls it; whether the app acknowledged it. */
async function callAction(base: string, page: string, id: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const { body, contentType } = await formActionBody(fields);
  const res = await fetch(base + page, { method: 'POST', redirect: 'manual', headers: { ...actionHeaders(base, id, headers.cookie ?? '', contentType), ...headers }, body: new Uint8Array(body), signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  return { ok: actionSucceeded(res.status, text), status: res.status, bytes: Buffer.byteLength(text) };
}

/** A raw request whose declared length may be far more than is sent: the server must answer from the headers. */
function rawRequest(base: string, pathname: string, headers: Record<string, string>, body: Buffer | string = '') {
  return new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const req = httpRequest(base + pathname, { method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started }));
    });
    // A server that waits for the bytes it was promised instead of answering from the headers is the
    // fault itself: report it as no answer rather than waiting with it.
    req.setTimeout(15_000, () => {
      req.destroy();
      resolve({ status: 0, ms: Date.now() - started });
    });
    req.on('error', (e: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(e.code ?? '') ? undefined : reject(e)));
    req.end(body);
  });
}

function printTable(rows: Row[]) {
  const dash = (v: number | null | undefined) => (v === undefined ? '—' : v === null ? 'never' : String(v));
  const time = (ms: number | null | undefined) => (ms === undefined ? '—' : ms === null ? 'not recovered' : `${(ms / 1000).toFixed(1)} s`);
  const header = ['fault', 'writes ack.', 'lost', 'dup.', 'mails exp.', 'delivered', 'dup.', 'recovery', 'notes'];
  const body = rows.map((r) => [r.fault, dash(r.acknowledged), dash(r.lost), dash(r.duplicated), dash(r.mailsExpected), dash(r.delivered), dash(r.mailsDuplicated), time(r.recoveryMs), r.note]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${body.map(line).join('\n')}\n`);
}

async function main() {
  console.log('faults: building the production bundle if the sources changed …');
  if (spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' }).status !== 0) throw new Error('the build failed');
  const cluster = await startThrowawayPostgres();
  // bench's fail() exits at once: the cluster must not outlive the script whatever way it ends.
  process.once('exit', () => cluster.destroy());
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE tertulia');
  await admin.end();
  const databaseUrl = cluster.url.replace(/\/postgres$/, '/tertulia');
  const smtp = await createSmtpServer();
  const logs = mkdtempSync(path.join(tmpdir(), 'tertulia-faults-'));
  const apps: App[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  const sockets: Socket[] = [];
  const rows: Row[] = [];
  try {
    const env = { SMTP_URL: smtp.url, MAIL_INTERVAL_MS: '1000', TRUST_PROXY: 'true', SEED_DEMO: 'true' };
    const start = async (name: string) => startApp({ port: await freePort(), databaseUrl, secret: SECRET, log: path.join(logs, `${name}.log`), env });
    console.log('faults: starting two app processes on a throwaway PostgreSQL …');
    const a = await start('a');
    const b = await start('b');
    apps.push(a, b);
    const q = async <T>(text: string, values: unknown[] = []) => (await pool.query(text, values)).rows as T[];
    const clearLimits = () => q(`delete from rate_limits`);
    const [thread] = await q<{ id: string; slug: string }>(
      `select t.id, g.slug from threads t join groups g on g.id = t.group_id join group_members gm on gm.group_id = g.id join users u on u.id = gm.user_id
        where u.email = 'ana@clubribera.test' and not t.locked order by t.created_at limit 1`,
    );
    if (!thread) throw new Error('the demo community has no thread Ana can write in');
    const threadPage = `/groups/${thread.slug}/${thread.id}`;
    const reply = actionId('app/(member)/groups/[slug]/[threadId]/actions.ts', 'replyAction');
    const forgot = actionId('app/(auth)/actions.ts', 'forgotPasswordAction');
    const anaOnA = await signIn(a.base, 'ana@clubribera.test', DEMO_PASSWORD);
    const anaOnB = await signIn(b.base, 'ana@clubribera.test', DEMO_PASSWORD);

    /** Writes a reply on A with a marker; the markers acknowledged are checked in the database afterwards. */
    const acknowledged: string[] = [];
    const write = async (marker: string) => {
      const res = await callAction(a.base, threadPage, reply, { threadId: thread.id, body: `Prueba de fallos ${marker}`, quotedPostId: '', idempotencyKey: randomUUID() }, { cookie: anaOnA }).catch(() => ({ ok: false }));
      if (res.ok) acknowledged.push(marker);
      return res.ok;
    };
    const writeCheck = async (markers: string[]) => {
      const stored = await q<{ body_md: string; n: number }>(`select body_md, count(*)::int as n from posts where body_md like 'Prueba de fallos %' group by body_md`);
      const count = new Map(stored.map((s) => [s.body_md.replace('Prueba de fallos ', ''), s.n]));
      return { lost: markers.filter((m) => !count.has(m)).length, duplicated: markers.filter((m) => (count.get(m) ?? 0) > 1).length };
    };

    // ── 1. PostgreSQL restart: do events posted on A still reach a socket on B? ──────────────────
    console.log('faults: 1. PostgreSQL restart under two processes …');
    await clearLimits();
    const socket = connect(b.base, { transports: ['websocket'], extraHeaders: { cookie: anaOnB, origin: b.base } });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    await socket.timeout(10_000).emitWithAck('room:join', `thread:${thread.id}`);
    const heard = new Set<string>();
    socket.on('post:created', (post: { bodyHtml?: string }) => {
      const marker = /Prueba de fallos (\S+)/.exec(post.bodyHtml ?? '')?.[1]?.replace(/<.*$/, '');
      if (marker) heard.add(marker);
    });
    for (let i = 0; i < 3; i++) await write(`r1-before-${i}`);
    await until(() => heard.has('r1-before-2'), 5_000);
    const restartedAt = Date.now();
    cluster.restart();
    const restartTook = Date.now() - restartedAt;
    let attempt = 0;
    const recovered = await until(async () => {
      const marker = `r1-probe-${attempt++}`;
      await write(marker);
      await sleep(300);
      return heard.has(marker);
    }, 90_000, 500);
    await clearLimits();
    const after = Array.from({ length: 13 }, (_, i) => `r1-after-${i}`);
    for (const m of after) await write(m);
    await until(() => after.every((m) => heard.has(m)), 5_000);
    const r1 = acknowledged.filter((m) => m.startsWith('r1-'));
    rows.push({
      fault: '1 pg_ctl restart, events A→B',
      acknowledged: r1.length,
      ...(await writeCheck(r1)),
      // From the restart's start: PostgreSQL's own downtime included.
      recoveryMs: recovered === null ? null : restartTook + recovered,
      note: `${after.filter((m) => heard.has(m)).length}/13 live events after recovery reached B`,
    });
    const health = (await (await fetch(`${b.base}/api/health`)).json()) as { realtime: { adapter: string } };
    rows[rows.length - 1]!.note += `; B's health: realtime ${health.realtime.adapter}`;

    // ── 2. SMTP answers 451: reset mails are queued, the form succeeds, they go out once it is back ──
    console.log('faults: 2. SMTP answering 451 …');
    const members = (await q<{ email: string }>(`select email from users where status = 'active' order by email limit 30`)).map((r) => r.email);
    const messageIdsSince = (from: number) => smtp.received.slice(from).map((m) => m.messageId);
    const resets = async (n: number, prefix: string) => {
      let ok = 0;
      for (let i = 0; i < n; i++) {
        const app = i % 2 ? b : a;
        const res = await callAction(app.base, '/forgot-password', forgot, { email: members[i % members.length]! }, { 'x-forwarded-for': `10.${prefix}.0.${i}` });
        if (res.ok) ok++;
      }
      return ok;
    };
    const mailRow = async (fault: string, n: number, prefix: string, before: () => void | Promise<void>, during: () => void | Promise<void>, timeoutMs: number, note: string) => {
      const from = smtp.received.length;
      const outboxBefore = (await q<{ n: number }>(`select count(*)::int as n from mail_outbox`))[0]!.n;
      await before();
      const ok = await resets(n, prefix);
      const queued = (await q<{ n: number }>(`select count(*)::int as n from mail_outbox`))[0]!.n - outboxBefore;
      const t0 = Date.now();
      await during();
      const done = await until(() => new Set(messageIdsSince(from)).size >= n, timeoutMs, 500);
      await sleep(2_000);
      const ids = messageIdsSince(from);
      rows.push({ fault, acknowledged: ok, lost: ok - queued, duplicated: Math.max(0, queued - ok), mailsExpected: n, delivered: new Set(ids).size, mailsDuplicated: ids.length - new Set(ids).size, recoveryMs: done === null ? null : Date.now() - t0 - 2_000, note });
    };
    await mailRow(
      '2 SMTP answers 451',
      10,
      '1',
      () => {
        smtp.broken = true;
      },
      async () => {
        await sleep(3_000);
        smtp.broken = false;
      },
      120_000,
      'password resets; recovery from SMTP back (first retry after 30 s)',
    );

    // ── 3. A slow SMTP server: each message takes 3 s, two processes share 30 messages ──────────
    console.log('faults: 3. slow SMTP (3 s a message), two processes …');
    await mailRow(
      '3 SMTP answers in 3 s',
      30,
      '2',
      () => {
        smtp.delayMs = 3_000;
      },
      () => undefined,
      180_000,
      'a batch of 20 takes 60 s > the 45 s lease: renewed; recovery = time to deliver all',
    );
    smtp.delayMs = 0;

    // ── 5. Bad input: every answer a 4xx in milliseconds, the event loop free ────────────────────
    console.log('faults: 5. bad input …');
    const probe = { worst: 0, stop: false };
    const prober = (async () => {
      while (!probe.stop) {
        const t = Date.now();
        await fetch(`${a.base}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
        probe.worst = Math.max(probe.worst, Date.now() - t);
        await sleep(50);
      }
    })();
    const big = await callAction(a.base, threadPage, reply, { threadId: thread.id, body: 'x'.repeat(10 * 1024 * 1024), quotedPostId: '', idempotencyKey: randomUUID() }, { cookie: anaOnA });
    const boundary = 'faultBoundary';
    const fields = Array.from({ length: 200_000 }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n1\r\n`).join('') + `--${boundary}--\r\n`;
    const answers = {
      '40 MB body': await rawRequest(a.base, threadPage, { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(40 * 1024 * 1024) }, 'x'),
      'malformed multipart': await rawRequest(a.base, threadPage, { 'content-type': 'multipart/form-data', 'content-length': '7' }, 'garbage'),
      '%FF path': await (async () => {
        const t = Date.now();
        const res = await fetch(`${a.base}/groups/%FF`);
        return { status: res.status, ms: Date.now() - t };
      })(),
      '18 MB JSON': await rawRequest(a.base, threadPage, { 'content-type': 'application/json', 'next-action': reply, 'content-length': String(18 * 1024 * 1024) }, '{'),
      '200,000 fields': await rawRequest(a.base, threadPage, { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(Buffer.byteLength(fields)) }, fields),
    };
    probe.stop = true;
    await prober;
    rows.push({
      fault: '5 bad input',
      note: `10 MB reply: HTTP ${big.status}, refused, ${Math.round(big.bytes / 1024)} kB back; ${Object.entries(answers)
        .map(([k, v]) => `${k}: ${v.status} in ${v.ms} ms`)
        .join('; ')}; worst /api/health meanwhile ${probe.worst} ms`,
    });

    // ── 7. kill -9 of a process while it sends: its mails go out from the other within a minute ──
    console.log('faults: 7. kill -9 while sending …');
    await mailRow(
      '7 kill -9 mid-batch',
      10,
      '3',
      () => {
        smtp.delayMs = 1_500;
      },
      async () => {
        await sleep(2_000);
        process.kill(a.pid, 'SIGKILL');
      },
      120_000,
      'a message the server accepted just before the kill may come twice (same Message-ID)',
    );
  } finally {
    for (const s of sockets) s.disconnect();
    for (const app of apps) await app.stop().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await smtp.close();
  }
  printTable(rows);
  console.log(`server logs: ${logs}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
