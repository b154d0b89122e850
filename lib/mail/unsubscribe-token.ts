import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { isUuid } from '@/lib/pagination/cursor';

const sign = (outboxId: string) => createHmac('sha256', getEnv().NEXTAUTH_SECRET).update(`unsubscribe:${outboxId}`).digest('base64url');

/** The link names one message; the message knows whom it went to and about what. */
export function unsubscribeToken(outboxId: string): string {
  return `${outboxId}.${sign(outboxId)}`;
}

/** The message id a token stands for, or null when it was altered or is not one we signed. */
export function readUnsubscribeToken(token: string): string | null {
  const [id, mac, ...rest] = token.split('.');
  if (!id || !mac || rest.length > 0 || !isUuid(id)) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
