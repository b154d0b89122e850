import { parse as parseCookie } from 'cookie';
import { getDb } from '@/db/client';
import { and, eq } from 'drizzle-orm';
import { users, userSessions } from '@/db/schema';
import { isActive, type Role } from '@/lib/policy';
import { decodeSession } from '@/lib/auth/jwt';
import { SESSION_COOKIES } from '@/lib/auth/session-cookie';
import { getEnv } from '@/lib/env';

export interface SocketIdentity {
  userId: string;
  role: Role;
  sessionVersion: number;
  sessionId: string;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** A browser always sends Origin on a WebSocket; another site's page cannot forge ours. */
export function originAllowed(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === new URL(getEnv().APP_URL).origin) return true;
  return host !== undefined && parsed.host === host;
}

/** Same check as a page: a valid session token whose account is active, whose version matches and whose device is still signed in. */
export async function identify(cookieHeader: string | undefined): Promise<SocketIdentity | null> {
  if (!cookieHeader) return null;
  const cookies = parseCookie(cookieHeader);
  const token = SESSION_COOKIES.map((name) => cookies[name]).find(Boolean);
  if (!token) return null;
  const jwt = await decodeSession({ token, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  if (!jwt?.uid || !jwt.sid || !UUID.test(jwt.uid) || !UUID.test(jwt.sid)) return null;
  const [user] = await getDb()
    .select({ id: users.id, role: users.role, status: users.status, statusUntil: users.statusUntil, sessionVersion: users.sessionVersion })
    .from(users)
    .innerJoin(userSessions, and(eq(userSessions.id, jwt.sid), eq(userSessions.userId, users.id)))
    .where(eq(users.id, jwt.uid))
    .limit(1);
  if (!user || user.sessionVersion !== jwt.sv || !isActive(user)) return null;
  return { userId: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId: jwt.sid };
}
