import { RateLimited } from '@/lib/errors';
import { addressKey } from '@/lib/security/address';
import { assertNotLimited, consume, refund, reset, RULES } from '@/lib/security/rate-limit';

// Per process: a burst from one address beyond this is refused before it costs a database round trip.
const IN_FLIGHT_PER_ADDRESS = 4;
const g = globalThis as unknown as { __tertuliaSignInFlight?: Map<string, number> };
const inFlight = (g.__tertuliaSignInFlight ??= new Map());

export interface Attempt {
  account: string;
  address: string;
}

/**
 * Every limit on guessing passwords, in the order that costs least to refuse: the address's burst, the
 * account (locked, or locked for this address), then the address's and the service's attempt budgets,
 * which are spent before the password is checked so that parallel requests cannot all slip in.
 */
export async function withSignInLimits<T>(email: string, ip: string, check: (attempt: Attempt) => Promise<T>): Promise<T> {
  const attempt = { account: email, address: addressKey(ip) };
  const running = inFlight.get(attempt.address) ?? 0;
  if (running >= IN_FLIGHT_PER_ADDRESS) throw new RateLimited(1);
  inFlight.set(attempt.address, running + 1);
  try {
    await assertNotLimited('signInAccount', attempt.account);
    await assertNotLimited('signIn', pairKey(attempt));
    await consume('signInGlobal', 'all');
    await consume('signInAddress', attempt.address);
    return await check(attempt);
  } finally {
    const left = (inFlight.get(attempt.address) ?? 1) - 1;
    if (left > 0) inFlight.set(attempt.address, left);
    else inFlight.delete(attempt.address);
  }
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
