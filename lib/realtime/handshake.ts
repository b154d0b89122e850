import { parse as parseCookie } from 'cookie';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { isActive, type Role } from '@/lib/policy';
import { decodeSession } from '@/lib/auth/jwt';
import { SESSION_COOKIES } from '@/lib/auth/session-cookie';
import { getEnv } from '@/lib/env';

export interface SocketIdentity {
  userId: string;
  role: Role;
  sessionVersion: number;
}

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

/** Same check as a page: a valid session token whose account is active and whose version matches. */
export async function identify(cookieHeader: string | undefined): Promise<SocketIdentity | null> {
  if (!cookieHeader) return null;
  const cookies = parseCookie(cookieHeader);
  const token = SESSION_COOKIES.map((name) => cookies[name]).find(Boolean);
  if (!token) return null;
  const jwt = await decodeSession({ token, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  if (!jwt?.uid) return null;
  const [user] = await getDb()
    .select({ id: users.id, role: users.role, status: users.status, statusUntil: users.statusUntil, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, jwt.uid))
    .limit(1);
  if (!user || user.sessionVersion !== jwt.sv || !isActive(user)) return null;
  return { userId: user.id, role: user.role, sessionVersion: user.sessionVersion };
}
