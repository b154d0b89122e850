import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { authOptions } from './options';
import { can, hasRole, isActive, type Permission, type Role } from '@/lib/policy';
import { secondFactorOverdue } from '@/lib/two-factor/requirement';
import { type CurrentUser, resolveSessionUser } from './session-user';

export type { CurrentUser };

export const PATHNAME_HEADER = 'x-tertulia-pathname';

/** Once per request; a ban, a role change or "sign out on all devices" counts from the next one. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  return session?.userId ? resolveSessionUser({ userId: session.userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId ?? '' }) : null;
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

/**
 * For pages a visitor may read too: a signed-in active member, or null for a visitor when
 * `visitorsWelcome` says so. Anyone else goes to sign in (or to their account status).
 */
export async function requireReader(visitorsWelcome: () => Promise<boolean>): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (user) return requireMember();
  if (await visitorsWelcome()) return null;
  return signInRedirect();
}

/** Staff and managers past the grace period without a second factor enrol before any staff page (lib/two-factor). */
function enrolFirst(user: CurrentUser): void {
  if (secondFactorOverdue(user.secondFactor)) redirect('/settings/security?required=1');
}

export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireMember();
  if (!hasRole(user, role)) forbidden();
  if (role !== 'member') enrolFirst(user);
  return user;
}

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireMember();
  if (!can(user, permission)) forbidden();
  // What a member could do too needs no second factor; what only staff may do does.
  if (!can({ ...user, role: 'member' }, permission)) enrolFirst(user);
  return user;
}
