import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { isUuid } from '@/lib/pagination/cursor';

// Between the password and the code: proof that this browser gave the right password a moment ago,
// so the code step never sees the password again. Bound to the account's session version (a password
// reset in between voids it) and short-lived.
const TICKET_TTL_MS = 5 * 60_000;

const mac = (body: string) => createHmac('sha256', getEnv().NEXTAUTH_SECRET).update(`two-factor-ticket:${body}`).digest('base64url');

export function issueTicket(account: { id: string; sessionVersion: number }, now = new Date()): string {
  const body = `${account.id}.${account.sessionVersion}.${now.getTime() + TICKET_TTL_MS}`;
  return `${body}.${mac(body)}`;
}

/** The account a ticket was issued for, or null when it was altered or has expired. */
export function readTicket(ticket: string, now = new Date()): { userId: string; sessionVersion: number } | null {
  const parts = ticket.split('.');
  if (parts.length !== 4) return null;
  const [userId, version, expires, given] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(`${userId}.${version}.${expires}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  if (!isUuid(userId) || !(Number(expires) > now.getTime())) return null;
  return { userId, sessionVersion: Number(version) };
}
