import { eq } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { authOptions } from './options';
import { type Actor, can, hasRole, isActive, type Permission, type Role } from './policy';

export interface CurrentUser extends Actor {
  email: string;
  displayName: string;
  staffTitle: string | null;
  locale: Locale | null;
}

export const PATHNAME_HEADER = 'x-tertulia-pathname';

/**
 * The account behind this request, loaded fresh every time: a ban, a role change or
 * "sign out on all devices" takes effect on the very next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.userId) return null;
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
});

async function signInRedirect(): Promise<never> {
  const path = (await headers()).get(PATHNAME_HEADER) ?? '/';
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}

/** For every member page: signed in, and not suspended or banned. */
export async function requireMember(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return signInRedirect();
  if (!isActive(user)) redirect('/account-status');
  return user;
}

export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireMember();
  if (!hasRole(user, role)) forbidden();
  return user;
}

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireMember();
  if (!can(user, permission)) forbidden();
  return user;
}
