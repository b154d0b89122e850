import { and, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { twoFactor, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { DomainError } from '@/lib/errors';
import { consume, reset } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/verb';
import { spendCode } from './secret';
import { issueTicket, readTicket } from './ticket';

/** The password was right and the account has a second factor: the form asks for a code next. */
export class SecondFactorNeeded extends DomainError {
  readonly status = 401;
  readonly code = 'two_factor_needed';
  constructor(public readonly ticket: string) {
    super('twoFactor.signIn.codeNeeded');
  }
}

export class BadSecondFactor extends DomainError {
  readonly status = 401;
  readonly code = 'two_factor_invalid';
  constructor() {
    super('twoFactor.errors.badCode');
  }
}

/** The password step is too old (or the account changed since): start again. */
export class SignInTicketExpired extends DomainError {
  readonly status = 401;
  readonly code = 'two_factor_expired';
  constructor() {
    super('twoFactor.errors.ticketExpired');
  }
}

const input = z.object({
  email: z.string().max(254).default(''),
  password: z.string().max(1024).default(''),
  ticket: z.string().max(200).default(''),
  code: z.string().max(40).default(''),
  ip: z.string().max(64),
});

/**
 * Sign-in in two steps. First e-mail and password (with every limit of lib/auth/authenticate.ts);
 * an account with a second factor then gets a ticket instead of a session, and the second request
 * brings the ticket and a code (TOTP or recovery), counted against the account's code budget.
 */
export async function signInWithSecondFactor(raw: z.input<typeof input>): Promise<{ id: string; sessionVersion: number }> {
  const data = parseInput(input, raw);
  if (data.ticket) return completeWithCode(data.ticket, data.code);
  const account = await authenticate(data);
  const [factor] = await getDb()
    .select({ userId: twoFactor.userId })
    .from(twoFactor)
    .where(and(eq(twoFactor.userId, account.id), isNotNull(twoFactor.enabledAt)));
  if (factor) throw new SecondFactorNeeded(issueTicket(account));
  return account;
}

async function completeWithCode(ticket: string, code: string): Promise<{ id: string; sessionVersion: number }> {
  const claim = readTicket(ticket);
  if (!claim) throw new SignInTicketExpired();
  const [account] = await getDb().select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, claim.userId));
  // A password reset, a sanction or "sign out everywhere" since the password step voids the ticket.
  if (!account || account.sessionVersion !== claim.sessionVersion) throw new SignInTicketExpired();
  // Spent before the check, so that parallel guesses cannot all slip in.
  await consume('twoFactor', account.id);
  if (!(await spendCode(getDb(), account.id, code, new Date()))) throw new BadSecondFactor();
  await reset('twoFactor', account.id);
  return account;
}
