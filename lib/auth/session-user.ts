import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/policy';

export interface CurrentUser extends Actor {
  email: string;
  displayName: string;
  staffTitle: string | null;
  locale: Locale | null;
}

/**
 * The account behind a session token, loaded fresh: a token whose version no longer matches
 * (sign-out everywhere, password reset, new sanction) is no session at all.
 */
export async function resolveSessionUser(session: { userId: string; sessionVersion: number }): Promise<CurrentUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(session.userId)) return null;
  const [row] = await getDb().select().from(users).where(eq(users.id, session.userId)).limit(1);
  if (!row || row.sessionVersion !== session.sessionVersion) return null;
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
