import { createHmac, timingSafeEqual } from 'node:crypto';
import { getDb } from '@/db/client';
import { getEnv } from '@/lib/env';
import { isUuid } from '@/lib/pagination/cursor';
import { announceNotifications, writeNotifications } from '@/lib/notifications/write';

// The lockout notice is a notification like any other, so its e-mail goes through the outbox (in the
// owner's language, retried, visible to managers) and its link is the notification's own.
const sign = (notificationId: string) => createHmac('sha256', getEnv().NEXTAUTH_SECRET).update(`unlock:${notificationId}`).digest('base64url');

export function unlockToken(notificationId: string): string {
  return `${notificationId}.${sign(notificationId)}`;
}

/** The lockout notice a token stands for, or null when it was altered or is not one we signed. */
export function readUnlockToken(token: string): string | null {
  const [id, mac, ...rest] = token.split('.');
  if (!id || !mac || rest.length > 0 || !isUuid(id)) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** Tells the owner, once per lockout, that sign-in is locked and how to lift it. */
export async function announceLockout(userId: string): Promise<void> {
  const rows = await getDb().transaction((tx) => writeNotifications(tx, '', [{ userId, kind: 'sign_in_locked' }]));
  announceNotifications(rows);
}
