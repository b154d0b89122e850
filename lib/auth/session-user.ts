import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { cached } from '@/lib/cache';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/policy';

export interface CurrentUser extends Actor {
  email: string;
  displayName: string;
  staffTitle: string | null;
  locale: Locale | null;
}

// "Last seen" on the members page needs minutes, not milliseconds: one write per person every few
// minutes, never one per request.
const SEEN_EVERY_MS = 5 * 60_000;

/** True when it wrote (the kept account row then learns the new time). */
async function noteSeen(userId: string, lastSeenAt: Date | null): Promise<boolean> {
  const now = new Date();
  if (lastSeenAt && now.getTime() - lastSeenAt.getTime() < SEEN_EVERY_MS) return false;
  const stale = new Date(now.getTime() - SEEN_EVERY_MS);
  await getDb()
    .update(users)
    .set({ lastSeenAt: now })
    .where(and(eq(users.id, userId), or(isNull(users.lastSeenAt), lt(users.lastSeenAt, stale))));
  return true;
}

/**
 * The account behind a session token, loaded fresh: a token whose version no longer matches
 * (sign-out everywhere, password reset, new sanction) is no session at all.
 */
export async function resolveSessionUser(session: { userId: string; sessionVersion: number }): Promise<CurrentUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(session.userId)) return null;
  // From memory until the row changes (any column but "last seen"): the trigger names `user:<id>` at commit.
  const row = await cached(`account:${session.userId}`, [`user:${session.userId}`], async () => {
    const [found] = await getDb().select().from(users).where(eq(users.id, session.userId)).limit(1);
    return found ?? null;
  });
  if (!row || row.sessionVersion !== session.sessionVersion) return null;
  if (await noteSeen(row.id, row.lastSeenAt)) row.lastSeenAt = new Date();
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
  };
}
