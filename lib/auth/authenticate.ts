import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { sanctionsKeepingOut } from '@/lib/moderation/queries';
import { assertNotLimited, consume, reset } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/verb';
import { dummyPasswordHash, verifyPassword } from './password';
import { isActive } from '@/lib/policy';

export class BadCredentials extends DomainError {
  readonly status = 401;
  readonly code = 'bad_credentials';
  constructor() {
    super('auth.errors.badCredentials');
  }
}

export class AccountBlocked extends DomainError {
  readonly status = 403;
  readonly code = 'account_blocked';
  constructor(
    public readonly accountStatus: 'suspended' | 'banned',
    public readonly until: Date | null,
  ) {
    super(`auth.errors.${accountStatus}`);
  }
}

const input = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
  ip: z.string().max(64),
});

/** Checks e-mail and password. Unknown e-mail and wrong password are the same answer. */
export async function authenticate(raw: { email: string; password: string; ip: string }) {
  const { email, password, ip } = parseInput(input, raw);
  const key = `${email}|${ip}`;
  await assertNotLimited('signIn', key);

  const [user] = await getDb().select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await consume('signIn', key);
    throw new BadCredentials();
  }
  await reset('signIn', key);
  // Kept out by a moderation sanction, the person still signs in, to the one page they can reach: it
  // says why and until when, and takes their appeal (every other page and socket refuses them).
  // A status a manager set by hand carries no appeal and keeps the sign-in closed.
  if (!isActive(user) && (await sanctionsKeepingOut(user)).length === 0) {
    throw new AccountBlocked(user.status === 'banned' ? 'banned' : 'suspended', user.statusUntil);
  }
  return { id: user.id, sessionVersion: user.sessionVersion };
}
