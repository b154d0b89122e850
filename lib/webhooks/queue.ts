import http from 'node:http';
import https from 'node:https';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { logger } from '@/lib/logging/logger';
import { unseal } from '@/lib/mail/sealed';
import { wakeMailWorker } from '@/lib/mail/wake';
import { literalRefused, parseWebhookUrl, RefusedAddress, safeLookup } from './address';
import { queueEndpointDisabledMail } from './mail';
import { signedHeaders } from './sign';

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export const BATCH = 10;
// Deliveries of one batch go out side by side, each cut at TIMEOUT_MS: the lease outlives the batch.
export const LEASE_MS = 60_000;
export const TIMEOUT_MS = 10_000;
export const MAX_ATTEMPTS = 20;
/** An endpoint that has failed without a single success for this long is disabled, and managers told. */
export const DISABLE_AFTER_MS = 3 * 24 * 3_600_000;

/** 30 s, 2 min, 8 min, 32 min, ~2 h, then every 6 hours: about three days before an endpoint is given up. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/**
 * Takes up to `limit` due deliveries in one statement: pending ones whose time has come and ones whose
 * worker died holding them (lease run out), of endpoints that are on. SKIP LOCKED lets several
 * processes claim side by side without taking the same row.
 */
export async function claimDeliveries(now = new Date(), limit = BATCH, leaseMs = LEASE_MS): Promise<DeliveryRow[]> {
  const db = getDb();
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        sql`${webhookDeliveries.status} in ('pending', 'sending') and (${webhookDeliveries.status} = 'pending' and ${webhookDeliveries.nextAttemptAt} <= ${now} or ${webhookDeliveries.status} = 'sending' and ${webhookDeliveries.leaseUntil} <= ${now})`,
        eq(webhookEndpoints.active, true),
        isNull(webhookEndpoints.disabledAt),
      ),
    )
    .orderBy(webhookDeliveries.nextAttemptAt)
    .limit(limit)
    .for('update', { of: webhookDeliveries, skipLocked: true });
  return db
    .update(webhookDeliveries)
    .set({ status: 'sending', leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${webhookDeliveries.attempts} + 1`, lastAttemptAt: now })
    .where(inArray(webhookDeliveries.id, due))
    .returning();
}

// Only the holder of the claim may settle it: a row another worker reclaimed after our lease ran out is theirs.
const held = (row: DeliveryRow) => and(eq(webhookDeliveries.id, row.id), eq(webhookDeliveries.status, 'sending'), eq(webhookDeliveries.attempts, row.attempts));

interface Outcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** One POST, no redirects followed, cut at `timeoutMs`; the connection goes only to an address `safeLookup` approved. */
export function post(rawUrl: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<Outcome> {
  const url = parseWebhookUrl(rawUrl);
  if (typeof url === 'string') return Promise.resolve({ ok: false, status: null, error: 'invalid address' });
  if (literalRefused(url)) return Promise.resolve({ ok: false, status: null, error: new RefusedAddress().message });
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const req = client.request(
      url,
      { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Tertulia-Webhooks/1' }, lookup: safeLookup, agent: false },
      (res) => {
        // What the receiver says is not ours to keep: read and dropped, only the status counts.
        res.resume();
        res.on('end', () => finish({ ok: (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300, status: res.statusCode ?? null, error: null }));
        res.on('error', (e) => finish({ ok: false, status: res.statusCode ?? null, error: e.message }));
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, error: `no answer within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (e) => finish({ ok: false, status: null, error: e instanceof RefusedAddress ? e.message : e.message || 'connection failed' }));
    req.end(body);
  });
}

/** Sends one claimed delivery and records the outcome; failing for three days disables its endpoint. */
export async function deliverClaimed(row: DeliveryRow, now = new Date(), timeoutMs = TIMEOUT_MS): Promise<'delivered' | 'retry' | 'failed'> {
  const db = getDb();
  const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, row.endpointId));
  let outcome: Outcome;
  if (!endpoint) outcome = { ok: false, status: null, error: 'endpoint removed' };
  else {
    const secret = String(unseal(endpoint.secret).secret);
    const body = JSON.stringify(row.payload);
    outcome = await post(endpoint.url, signedHeaders(secret, row.id, now, body), body, timeoutMs);
  }
  if (outcome.ok) {
    await db.update(webhookDeliveries).set({ status: 'delivered', deliveredAt: now, leaseUntil: null, responseStatus: outcome.status, lastError: null }).where(held(row));
    await db.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, row.endpointId));
    return 'delivered';
  }
  const failed = row.attempts >= MAX_ATTEMPTS;
  const lastError = (outcome.error ?? `HTTP ${outcome.status}`).slice(0, 500);
  await db
    .update(webhookDeliveries)
    .set({ status: failed ? 'failed' : 'pending', leaseUntil: null, responseStatus: outcome.status, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) })
    .where(held(row));
  logger.warn({ deliveryId: row.id, attempts: row.attempts, status: outcome.status }, failed ? 'webhook failed for good' : 'webhook failed, will retry');
  if (endpoint) await noteFailure(endpoint.id, now);
  return failed ? 'failed' : 'retry';
}

/** The first failure starts the endpoint's clock; three days of failures without a success turn it off and tell every manager. */
async function noteFailure(endpointId: string, now: Date): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [e] = await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now})` })
      .where(eq(webhookEndpoints.id, endpointId))
      .returning();
    if (!e?.failingSince || e.disabledAt || now.getTime() - e.failingSince.getTime() < DISABLE_AFTER_MS) return;
    await tx.update(webhookEndpoints).set({ active: false, disabledAt: now, updatedAt: now }).where(and(eq(webhookEndpoints.id, endpointId), isNull(webhookEndpoints.disabledAt)));
    const managers = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, 'manager'), eq(users.status, 'active')));
    for (const m of managers) await queueEndpointDisabledMail(tx, { userId: m.id }, { url: e.url }, () => undefined);
    logger.warn({ endpointId }, 'webhook endpoint disabled after three days of failures');
  });
  wakeMailWorker();
}

/** One round of the worker: claim, deliver side by side, record, until nothing is due (bounded). */
export async function runWebhookWorker(opts: { now?: () => Date; leaseMs?: number; timeoutMs?: number } = {}): Promise<{ delivered: number; other: number }> {
  const now = opts.now ?? (() => new Date());
  let delivered = 0;
  let other = 0;
  for (let round = 0; round < 10; round++) {
    const rows = await claimDeliveries(now(), BATCH, opts.leaseMs ?? LEASE_MS);
    const results = await Promise.all(rows.map((row) => deliverClaimed(row, now(), opts.timeoutMs ?? TIMEOUT_MS)));
    for (const r of results) r === 'delivered' ? delivered++ : other++;
    if (rows.length < BATCH) break;
  }
  return { delivered, other };
}
