import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { logger } from '@/lib/logging/logger';
import { metrics } from '@/lib/observability/metrics';
import { composeDirectMail } from './direct-mail';
import { composeOutboxMail } from './notification-mail';
import { sendMail } from './transport';

export type OutboxRow = typeof mailOutbox.$inferSelect;

export const BATCH = 20;
// A live sender renews its claim every third of this while it works through a batch, however slow the
// server; a process that dies stops renewing, and its messages are due again within this time.
export const LEASE_MS = 45_000;
export const MAX_ATTEMPTS = 8;

/** 30 s, 2 min, 8 min, 32 min … capped at six hours: a broken server is not hammered, a brief outage costs little. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/**
 * Takes up to `limit` due messages in one committed statement: pending ones whose time has come, and
 * ones whose sender died holding them (lease run out). SKIP LOCKED lets several processes claim side by
 * side without taking the same row.
 */
export async function claimMail(now = new Date(), limit = BATCH, leaseMs = LEASE_MS): Promise<OutboxRow[]> {
  const db = getDb();
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      sql`${mailOutbox.status} in ('pending', 'sending') and (${mailOutbox.status} = 'pending' and ${mailOutbox.nextAttemptAt} <= ${now} or ${mailOutbox.status} = 'sending' and ${mailOutbox.leaseUntil} <= ${now})`,
    )
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({ status: 'sending', leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${mailOutbox.attempts} + 1` })
    .where(inArray(mailOutbox.id, due))
    .returning();
}

// Only the holder of the claim may settle it: a row someone else reclaimed after our lease ran out is theirs.
const held = (row: OutboxRow) => and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, 'sending'), eq(mailOutbox.attempts, row.attempts));

/** Sends one claimed message and records the outcome in its own statement. */
export async function deliverClaimed(row: OutboxRow, now = new Date()): Promise<'sent' | 'skipped' | 'retry' | 'failed'> {
  try {
    const { sealedValues } = row;
    const mail = sealedValues ? await composeDirectMail({ ...row, sealedValues }) : await composeOutboxMail(row);
    if ('skip' in mail) {
      await getDb().update(mailOutbox).set({ status: 'skipped', leaseUntil: null, lastError: mail.skip }).where(held(row));
      return 'skipped';
    }
    await sendMail(mail);
  } catch (e) {
    const failed = row.attempts >= MAX_ATTEMPTS;
    // The server's words go to the manager's outbox page; logs get only the id (replies may name the address).
    const message = (e instanceof Error ? e.message : String(e)).slice(0, 500);
    await getDb()
      .update(mailOutbox)
      .set({ status: failed ? 'failed' : 'pending', leaseUntil: null, lastError: message, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) })
      .where(held(row));
    logger.warn({ outboxId: row.id, attempts: row.attempts }, failed ? 'mail failed for good' : 'mail failed, will retry');
    metrics().mailFailed.inc({ outcome: failed ? 'failed' : 'retry' });
    return failed ? 'failed' : 'retry';
  }
  metrics().mailSent.inc();
  await getDb().update(mailOutbox).set({ status: 'sent', sentAt: new Date(), leaseUntil: null, lastError: null }).where(held(row));
  return 'sent';
}

/** Extends the lease of the claimed messages not yet settled, as long as they are still ours. */
async function renewLeases(rows: Iterable<OutboxRow>, now: Date, leaseMs: number): Promise<void> {
  const mine = [...rows].map(held);
  if (mine.length === 0) return;
  await getDb().update(mailOutbox).set({ leaseUntil: new Date(now.getTime() + leaseMs) }).where(or(...mine));
}

/** One round of the worker: claim, send, record, until nothing is due (bounded, so one round never runs for ever). */
export async function runMailWorker(now = () => new Date(), leaseMs = LEASE_MS): Promise<{ sent: number; other: number }> {
  let sent = 0;
  let other = 0;
  for (let round = 0; round < 10; round++) {
    const rows = await claimMail(now(), BATCH, leaseMs);
    const open = new Set(rows);
    // A slow server must not let the lease run out under a live sender: another process would send again.
    const renewal = setInterval(() => void renewLeases(open, now(), leaseMs).catch((e: Error) => logger.warn({ err: e.message }, 'mail lease renewal failed')), leaseMs / 3);
    try {
      for (const row of rows) {
        (await deliverClaimed(row, now())) === 'sent' ? sent++ : other++;
        open.delete(row);
      }
    } finally {
      clearInterval(renewal);
    }
    if (rows.length < BATCH) break;
  }
  return { sent, other };
}

/** For operators: how many messages wait (pending or in flight) and how long the oldest due one has. */
export async function outboxBacklog(now = new Date()): Promise<{ backlog: number; oldestDueAt: Date | null }> {
  const [row] = await getDb()
    .select({ backlog: sql<number>`count(*)::int`, oldestDueAt: sql<string | null>`min(${mailOutbox.nextAttemptAt}) filter (where ${mailOutbox.nextAttemptAt} <= ${now})` })
    .from(mailOutbox)
    .where(inArray(mailOutbox.status, ['pending', 'sending']));
  return { backlog: row?.backlog ?? 0, oldestDueAt: row?.oldestDueAt ? new Date(row.oldestDueAt) : null };
}
