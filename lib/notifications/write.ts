import type { Tx } from '@/db/client';
import { notifications } from '@/db/schema';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';

export type NewNotification = typeof notifications.$inferInsert;

/**
 * Inside the transaction of the event that causes them. Nobody is told about their own action, and one
 * person gets one notification per event however often they are named in it.
 */
export async function writeNotifications(tx: Tx, actorId: string, rows: NewNotification[]): Promise<NewNotification[]> {
  const seen = new Set<string>();
  const wanted = rows.filter((row) => {
    const key = `${row.userId}:${row.kind}`;
    if (row.userId === actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length > 0) await tx.insert(notifications).values(wanted);
  return wanted;
}

/** After commit: each person told rings their bell in every open tab. */
export function announceNotifications(rows: Pick<NewNotification, 'userId'>[]): void {
  for (const userId of new Set(rows.map((row) => row.userId))) publish(rooms.user(userId), 'notification:new', {});
}
