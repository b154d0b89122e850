import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/policy';
import { termsPendingSql } from '@/lib/privacy/legal';
import { guardianConsentMissingSql } from '@/lib/privacy/minors';

export interface CurrentUser extends Actor {
  email: string;
  displayName: string;
  staffTitle: string | null;
  locale: Locale | null;
  /** A published terms or privacy notice version this account has not accepted yet: member pages ask first. */
  termsPending: boolean;
}

// "Last seen" on the members page needs minutes, not milliseconds: one write per person every few
// minutes, never one per request.
const SEEN_EVERY_MS = 5 * 60_000;

async function noteSeen(userId: string, lastSeenAt: Date | null): Promise<void> {
  const now = new Date();
  if (lastSeenAt && now.getTime() - lastSeenAt.getTime() < SEEN_EVERY_MS) return;
  const stale = new Date(now.getTime() - SEEN_EVERY_MS);
  await getDb()
    .update(users)
    .set({ lastSeenAt: now })
    .where(and(eq(users.id, userId), or(isNull(users.lastSeenAt), lt(users.lastSeenAt, stale))));
}

/**
 * The account behind a session token, loaded fresh: a token whose version no longer matches
 * (sign-out everywhere, password reset, new sanction) is no session at all.
 */
export async function resolveSessionUser(session: { userId: string; sessionVersion: number }): Promise<CurrentUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(session.userId)) return null;
  // Two facts from the privacy desk in the same query: a minor's missing consent, and terms to accept.
  const [found] = await getDb()
    .select({ row: users, guardianConsentMissing: guardianConsentMissingSql, termsPending: termsPendingSql })
    .from(users)
    .where(eq(users.id, session.userId))
    .limit(1);
  // An erased account (lib/privacy/erase.ts) is nobody's session any more.
  if (!found || found.row.sessionVersion !== session.sessionVersion || found.row.erasedAt) return null;
  const row = found.row;
  await noteSeen(row.id, row.lastSeenAt);
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    statusUntil: row.statusUntil,
    statusReason: row.statusReason,
    email: row.email,
    displayName: row.displayName,
    staffTitle: row.staffTitle,
    locale: row.locale,
    guardianConsentMissing: found.guardianConsentMissing,
    termsPending: found.termsPending,
  };
}
