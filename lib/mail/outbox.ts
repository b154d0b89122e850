import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { logger } from '@/lib/logging/logger';
import { composeOutboxMail } from './notification-mail';
import { sendMail } from './transport';

export type OutboxRow = typeof mailOutbox.$inferSelect;

export const BATCH = 20;
// Longer than the transport's worst case (connect + greeting + socket timeouts), so a live sender is never overtaken.
export const LEASE_MS = 5 * 60_000;
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
export async function claimMail(now = new Date(), limit = BATCH): Promise<OutboxRow[]> {
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
    .set({ status: 'sending', leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: sql`${mailOutbox.attempts} + 1` })
    .where(inArray(mailOutbox.id, due))
    .returning();
}

// Only the holder of the claim may settle it: a row someone else reclaimed after our lease ran out is theirs.
const held = (row: OutboxRow) => and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, 'sending'), eq(mailOutbox.attempts, row.attempts));

/** Sends one claimed message and records the outcome in its own statement. */
export async function deliverClaimed(row: OutboxRow, now = new Date()): Promise<'sent' | 'skipped' | 'retry' | 'failed'> {
  try {
    const mail = await composeOutboxMail(row);
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
    return failed ? 'failed' : 'retry';
  }
  await getDb().update(mailOutbox).set({ status: 'sent', sentAt: new Date(), leaseUntil: null, lastError: null }).where(held(row));
  return 'sent';
}

/** One round of the worker: claim, send, record, until nothing is due (bounded, so one round never runs for ever). */
export async function runMailWorker(now = () => new Date()): Promise<{ sent: number; other: number }> {
  let sent = 0;
  let other = 0;
  for (let round = 0; round < 10; round++) {
    const rows = await claimMail(now());
    for (const row of rows) (await deliverClaimed(row, now())) === 'sent' ? sent++ : other++;
    if (rows.length < BATCH) break;
  }
  return { sent, other };
}
