import { and, eq, lt, ne } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { userSessions } from '@/db/schema';
import { describeDevice } from './describe';

// As long as a session token lives (lib/auth/options.ts SESSION_MAX_AGE): a row unseen for longer
// belongs to a token that has expired.
const SESSION_DAYS = 30;

/** A new signed-in device: its id goes into the session token. Old rows of the same account are swept. */
export async function openSession(userId: string, request: { userAgent: string | null; acceptLanguage: string | null }): Promise<string> {
  const device = describeDevice(request.userAgent, request.acceptLanguage);
  const stale = new Date(Date.now() - SESSION_DAYS * 24 * 60 * 60 * 1000);
  await getDb().delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.lastSeenAt, stale)));
  const [row] = await getDb()
    .insert(userSessions)
    .values({ userId, ...device })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** Signs devices out: every one of the account's, or all but `keep` (the one asking). */
export async function endSessions(db: Executor, userId: string, keep?: string): Promise<number> {
  const rows = await db
    .delete(userSessions)
    .where(keep ? and(eq(userSessions.userId, userId), ne(userSessions.id, keep)) : eq(userSessions.userId, userId))
    .returning({ id: userSessions.id });
  return rows.length;
}

/** next-auth's sign-out: the device's row goes with its cookie. */
export async function closeSession(sessionId: string | undefined): Promise<void> {
  if (sessionId && /^[0-9a-f-]{36}$/i.test(sessionId)) await getDb().delete(userSessions).where(eq(userSessions.id, sessionId));
}
