import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { twoFactor, twoFactorSettings, users, userSessions } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/policy';
import { termsPendingSql } from '@/lib/privacy/legal';
import { guardianConsentMissingSql } from '@/lib/privacy/minors';
import { type SecondFactorStanding, secondFactorStanding } from '@/lib/two-factor/requirement';

export interface CurrentUser extends Actor {
  email: string;
  displayName: string;
  staffTitle: string | null;
  locale: Locale | null;
  /** A published terms or privacy notice version this account has not accepted yet: member pages ask first. */
  termsPending: boolean;
  /** The signed-in device (lib/devices): "this device" in the list, the one a password change keeps. */
  sessionId: string;
  secondFactor: SecondFactorStanding;
}

/** What a session token says: the account, its version, and the device. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  sessionId: string;
}

// "Last seen" on the members page and on each device needs minutes, not milliseconds: one write per
// person (and per device) every few minutes, never one per request.
const SEEN_EVERY_MS = 5 * 60_000;

async function noteSeen(userId: string, userSeen: Date | null, sessionId: string, sessionSeen: Date): Promise<void> {
  const now = new Date();
  const stale = new Date(now.getTime() - SEEN_EVERY_MS);
  const writes: Promise<unknown>[] = [];
  if (!userSeen || userSeen < stale) {
    writes.push(getDb().update(users).set({ lastSeenAt: now }).where(and(eq(users.id, userId), or(isNull(users.lastSeenAt), lt(users.lastSeenAt, stale)))));
  }
  if (sessionSeen < stale) {
    writes.push(getDb().update(userSessions).set({ lastSeenAt: now }).where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, stale))));
  }
  await Promise.all(writes);
}

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * The account behind a session token, loaded fresh in one statement with its device and second factor:
 * a token whose version no longer matches (sign-out everywhere, password reset, new sanction) or whose
 * device was signed out is no session at all.
 */
export async function resolveSessionUser(session: SessionClaims): Promise<CurrentUser | null> {
  if (!UUID.test(session.userId) || !UUID.test(session.sessionId)) return null;
  const [found] = await getDb()
    .select({
      row: users,
      // Two facts from the privacy desk in the same query: a minor's missing consent, and terms to accept.
      guardianConsentMissing: guardianConsentMissingSql,
      termsPending: termsPendingSql,
      seen: userSessions.lastSeenAt,
      enabledAt: twoFactor.enabledAt,
      graceDays: twoFactorSettings.graceDays,
      requiredFrom: twoFactorSettings.requiredFrom,
    })
    .from(users)
    .innerJoin(userSessions, and(eq(userSessions.id, session.sessionId), eq(userSessions.userId, users.id)))
    .leftJoin(twoFactor, eq(twoFactor.userId, users.id))
    .leftJoin(twoFactorSettings, eq(twoFactorSettings.id, 1))
    .where(eq(users.id, session.userId))
    .limit(1);
  // An erased account (lib/privacy/erase.ts) is nobody's session any more.
  if (!found || found.row.sessionVersion !== session.sessionVersion || found.row.erasedAt) return null;
  const { row } = found;
  await noteSeen(row.id, row.lastSeenAt, session.sessionId, found.seen);
  const rule = found.graceDays !== null && found.requiredFrom ? { graceDays: found.graceDays, requiredFrom: found.requiredFrom } : null;
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
    sessionId: session.sessionId,
    secondFactor: secondFactorStanding(row, found.enabledAt, rule),
  };
}
