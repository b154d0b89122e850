import type { Tx } from '@/db/client';
import { digestItems, mailOutbox, notifications } from '@/db/schema';
import { wakeMailWorker } from '@/lib/mail/wake';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';
import { ACCOUNT_CATEGORY, categoryOf, isAccountNotice } from './categories';
import { channelsFor } from './preferences';

export type NewNotification = typeof notifications.$inferInsert;

const SLICE = 2_000;

/**
 * Inside the transaction of the event that causes them. Nobody is told about their own action, and one
 * person gets one notification per event however often they are named in it. Each person's choice for
 * the category decides the rest in the same transaction: nothing (off), the bell only, an e-mail in the
 * outbox, or a line in the next daily digest. So an event is never committed without its messages.
 */
export async function writeNotifications(tx: Tx, actorId: string, rows: NewNotification[]): Promise<NewNotification[]> {
  // An announcement reaches every member: written in slices that stay under PostgreSQL's parameter limit.
  if (rows.length > SLICE) {
    const kept: NewNotification[] = [];
    for (let i = 0; i < rows.length; i += SLICE) kept.push(...(await writeNotifications(tx, actorId, rows.slice(i, i + SLICE))));
    return kept;
  }
  const seen = new Set<string>();
  const wanted = rows.filter((row) => {
    const key = `${row.userId}:${row.kind}`;
    if (row.userId === actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length === 0) return [];
  const channelOf = await channelsFor(
    tx,
    wanted.map((r) => r.userId),
  );
  const channel = (row: { userId: string; kind: string }) => (isAccountNotice(row.kind) ? 'immediate' : channelOf(row.userId, categoryOf(row.kind)));
  const kept = wanted.filter((row) => channel(row) !== 'off');
  if (kept.length === 0) return [];
  const written = await tx.insert(notifications).values(kept).returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind });
  const mail = written.filter((n) => channel(n) === 'immediate');
  const digest = written.filter((n) => channel(n) === 'digest');
  if (mail.length > 0) {
    await tx.insert(mailOutbox).values(mail.map((n) => ({ userId: n.userId, notificationId: n.id, category: isAccountNotice(n.kind) ? ACCOUNT_CATEGORY : categoryOf(n.kind) })));
  }
  if (digest.length > 0) await tx.insert(digestItems).values(digest.map((n) => ({ userId: n.userId, notificationId: n.id })));
  return kept;
}

/** After commit: each person told rings their bell in every open tab, and the mailer need not wait for its next round. */
export function announceNotifications(rows: Pick<NewNotification, 'userId'>[]): void {
  for (const userId of new Set(rows.map((row) => row.userId))) publish(rooms.user(userId), 'notification:new', {});
  if (rows.length > 0) wakeMailWorker();
}
