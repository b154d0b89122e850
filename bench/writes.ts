// Writes while reads run: a few connections reply, file complaints or answer officially through the
// app's own server actions, while the rest of the connections read the thread page. Both sides report.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import type pg from 'pg';
import { actionHeaders, actionId, actionSucceeded, formActionBody } from './actions';
import { cannon, type Load } from './cannon';
import { startUsage, type Usage } from './proc';

export interface WriteMeasurement {
  name: string;
  /** Writes that succeeded, per second, and their latency. */
  writesPerSec: number;
  writeP50Ms: number;
  writeP99Ms: number;
  writeFailures: number;
  /** The reads that ran at the same time (thread page). */
  readsPerSec: number;
  readP99Ms: number;
  writeConnections: number;
  readConnections: number;
  usage: Usage;
  loadAverage: number;
}

export interface Body {
  path: string;
  body: Buffer;
  contentType: string;
}

/**
 * Writers posting server actions as fast as they can on `connections`, each with a member's cookie and
 * the next prepared body; `counts` tells what the app answered as done or refused (reset it after a warm-up).
 */
export function actionWriters(o: { base: string; connections: number; cookies: string[]; bodies: (Body & { action: string })[] }) {
  let next = 0;
  let nextCookie = 0;
  const counts = { succeeded: 0, failures: 0 };
  const run = (seconds: number) =>
    autocannon({
      url: o.base,
      connections: o.connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (req, context) => {
            context.cookie ??= o.cookies[nextCookie++ % o.cookies.length]!;
            const b = o.bodies[next++ % o.bodies.length]!;
            return { ...req, path: b.path, body: b.body, headers: actionHeaders(o.base, b.action, context.cookie as string, b.contentType) };
          },
          onResponse: (status, body) => {
            if (actionSucceeded(status, body)) counts.succeeded++;
            else counts.failures++;
          },
        },
      ],
    });
  return { run, counts };
}

interface WriteKind {
  name: string;
  action: string;
  cookies: string[];
  bodies: Body[];
}

// Enough distinct requests (each with its own idempotency key) for several hundred writes a second.
const BODIES = 4000;

const SAMPLE_TEXT = [
  'Gracias por avisar, lo comentamos en la próxima reunión de la sección.',
  'El vestuario de la piscina sigue sin agua caliente desde el lunes por la tarde.',
  'Hemos revisado la instalación con el técnico y el repuesto llega el jueves.',
];

async function bodies(n: number, make: (i: number) => { path: string; fields: Record<string, string> }): Promise<Body[]> {
  const out: Body[] = [];
  for (let i = 0; i < n; i++) {
    const { path, fields } = make(i);
    out.push({ path, ...(await formActionBody(fields)) });
  }
  return out;
}

/** The three writes of the issue, with the rows they need from the scale database. */
export async function writeKinds(pool: pg.Pool, o: { writeThreadPath: string; writeThreadId: string; replyCookies: string[]; memberCookies: string[]; staffCookies: string[] }): Promise<WriteKind[]> {
  const lists = (
    await pool.query<{ category: string; branch: string }>(
      `select (select id from complaint_categories where not archived order by position limit 1) as category,
              (select id from complaint_branches where not archived order by position limit 1) as branch`,
    )
  ).rows[0]!;
  // Live complaints, for an official reply each: the reply is allowed in every live status.
  const live = (await pool.query<{ id: string; number: number }>(`select id, number from complaints where status in ('acknowledged', 'in_progress') order by number limit ${BODIES}`)).rows;
  const text = (i: number) => `${SAMPLE_TEXT[i % SAMPLE_TEXT.length]} (${i})`;
  return [
    {
      name: 'reply',
      action: actionId('app/(member)/groups/[slug]/[threadId]/actions.ts', 'replyAction'),
      cookies: o.replyCookies,
      bodies: await bodies(BODIES, (i) => ({ path: o.writeThreadPath, fields: { threadId: o.writeThreadId, body: text(i), quotedPostId: '', idempotencyKey: randomUUID() } })),
    },
    {
      name: 'complaint',
      action: actionId('app/(board)/board/new/actions.ts', 'fileComplaintAction'),
      cookies: o.memberCookies,
      bodies: await bodies(BODIES, (i) => ({
        path: '/board/new',
        fields: { title: `Banco roto en la grada ${i}`, body: `${SAMPLE_TEXT[1]} ${SAMPLE_TEXT[2]}`, categoryId: lists.category, branchId: lists.branch, piiDecision: '', idempotencyKey: randomUUID() },
      })),
    },
    {
      name: 'official-reply',
      action: actionId('app/(board)/board/[number]/actions.ts', 'respondAction'),
      cookies: o.staffCookies,
      bodies: await bodies(Math.min(BODIES, live.length), (i) => ({
        path: `/board/${live[i]!.number}`,
        fields: { complaintId: live[i]!.id, statement: 'official_reply', body: text(i), piiDecision: '', templateId: '', idempotencyKey: randomUUID() },
      })),
    },
  ];
}

/**
 * One kind of write on `writeConnections` connections while the thread page is read on the others.
 * The rate limiter is a wall against floods by design (30 posts and 6 complaints per member per
 * window): its counters are cleared every half second so that the bench measures the write path
 * itself. Each request still spends its point, so the limiter's cost is in the figures.
 */
/** The limiter's counters for posts and complaints: the bench's own writes would otherwise hit the wall. */
export function clearRateLimits(pool: pg.Pool): Promise<unknown> {
  return pool.query(`delete from rate_limits where key like 'post:%' or key like 'complaint:%'`);
}

export async function measureWrites(
  kind: WriteKind,
  o: { base: string; readPath: string; readCookies: string[]; pid: number; pool: pg.Pool; load: Load; writeConnections: number },
): Promise<WriteMeasurement> {
  const clearLimits = setInterval(() => void clearRateLimits(o.pool).catch(() => {}), 500);
  const writers = actionWriters({ base: o.base, connections: o.writeConnections, cookies: kind.cookies, bodies: kind.bodies.map((b) => ({ ...b, action: kind.action })) });
  const writer = writers.run;
  const readConnections = Math.max(1, o.load.connections - o.writeConnections);
  const both = (seconds: number) => Promise.all([writer(seconds), cannon(o.base + o.readPath, o.readCookies, readConnections, seconds)]);
  try {
    if (o.load.warmupSeconds > 0) await both(o.load.warmupSeconds);
    writers.counts.failures = 0;
    writers.counts.succeeded = 0;
    const usage = startUsage(o.pid);
    const [w, r] = await both(o.load.durationSeconds);
    return {
      name: kind.name,
      writesPerSec: writers.counts.succeeded / o.load.durationSeconds,
      writeP50Ms: w.latency.p50,
      writeP99Ms: w.latency.p99,
      writeFailures: writers.counts.failures + w.errors + w.timeouts,
      readsPerSec: r.requests.average,
      readP99Ms: r.latency.p99,
      writeConnections: o.writeConnections,
      readConnections,
      usage: usage.stop(),
      loadAverage: os.loadavg()[0]!,
    };
  } finally {
    clearInterval(clearLimits);
  }
}
