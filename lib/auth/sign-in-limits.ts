import { addressKey } from '@/lib/security/address';
import { assertNotLimited, consume, refund, reset, RULES } from '@/lib/security/rate-limit';

export interface Attempt {
  account: string;
  address: string;
}

/**
 * Every limit on guessing passwords (a burst from one address is refused before, by
 * lib/security/auth-gate.ts): the account (locked, or locked for this address), then the address's and
 * the service's attempt budgets, spent before the password is checked so that parallel requests cannot
 * all slip in.
 */
export async function withSignInLimits<T>(email: string, ip: string, check: (attempt: Attempt) => Promise<T>): Promise<T> {
  const attempt = { account: email, address: addressKey(ip) };
  await assertNotLimited('signInAccount', attempt.account);
  await assertNotLimited('signIn', pairKey(attempt));
  await consume('signInGlobal', 'all');
  await consume('signInAddress', attempt.address);
  return check(attempt);
}

const pairKey = (a: Attempt) => `${a.account}|${a.address}`;

/** A wrong password: true when it is the one that locks the account (its owner is to be told). */
export async function recordFailure(attempt: Attempt): Promise<boolean> {
  await consume('signIn', pairKey(attempt));
  return (await consume('signInAccount', attempt.account)) === RULES.signInAccount.points;
}

/** The right password: the attempt's points come back, and this address's mistakes on the account are forgiven. */
export async function recordSuccess(attempt: Attempt): Promise<void> {
  await Promise.all([refund('signInGlobal', 'all'), refund('signInAddress', attempt.address), reset('signIn', pairKey(attempt))]);
}

/** The owner's link: the account may be tried again from anywhere. */
export function liftLockout(email: string): Promise<void> {
  return reset('signInAccount', email);
}
