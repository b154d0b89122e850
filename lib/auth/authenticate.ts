import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { announceLockout } from './lockout';
import { dummyPasswordHash, verifyPassword } from './password';
import { recordFailure, recordSuccess, withSignInLimits } from './sign-in-limits';
import { type Actor, isActive } from '@/lib/policy';

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
    /** What the moderator wrote for the person to read: they proved who they are, so they are told why. */
    public readonly reason: string | null,
  ) {
    super(`auth.errors.${accountStatus}`);
  }
}

/** Whether an account kept out (suspended, banned) may still sign in, to the one page it can reach. */
export type KeptOutPass = (account: Actor) => Promise<boolean>;

// The area that keeps an account out says when it may still come in (lib/moderation/sign-in.ts, composed
// in lib/registrations.ts); with none, nobody kept out signs in.
const keptOutPasses: KeptOutPass[] = [];

export function letKeptOutSignIn(pass: KeptOutPass): void {
  keptOutPasses.push(pass);
}

async function mayComeIn(account: Actor): Promise<boolean> {
  for (const pass of keptOutPasses) if (await pass(account)) return true;
  return false;
}

/** The one rule of every way in (password, single sign-on): a kept-out account stays out unless a pass lets it in. */
export async function assertMayEnter(account: Actor): Promise<void> {
  if (!isActive(account) && !(await mayComeIn(account))) {
    throw new AccountBlocked(account.status === 'banned' ? 'banned' : 'suspended', account.statusUntil, account.statusReason);
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
  const user = await withSignInLimits(email, ip, async (attempt) => {
    const [user] = await getDb().select().from(users).where(eq(users.email, email)).limit(1);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) {
      if ((await recordFailure(attempt)) && user) await announceLockout(user.id);
      throw new BadCredentials();
    }
    await recordSuccess(attempt);
    return user;
  });
  await assertMayEnter(user);
  return { id: user.id, sessionVersion: user.sessionVersion };
}
