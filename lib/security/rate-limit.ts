import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { getDb } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { RateLimited } from '@/lib/errors';
import { metrics } from '@/lib/observability/metrics';

interface Rule {
  points: number;
  durationSeconds: number;
}

export const RULES = {
  // Failed sign-ins per account and address.
  signIn: { points: 10, durationSeconds: 15 * 60 },
  // Failed sign-ins per account from any address: past this the account is locked for the hour and its
  // owner is e-mailed a link that lifts it (guesses spread over many addresses).
  signInAccount: { points: 20, durationSeconds: 60 * 60 },
  // Sign-in attempts per address (IPv6 by /64), whatever the account; a success gives its point back
  // (one address trying many accounts: password spraying).
  signInAddress: { points: 30, durationSeconds: 15 * 60 },
  // Sign-in attempts for the whole service, a success giving its point back: about what one core can
  // verify, so that a flood from many addresses is refused before it is hashed.
  signInGlobal: { points: 600, durationSeconds: 60 },
  // Second-factor codes per account (sign-in, enrolment, turning it off): six digits are guessable
  // only with many tries, and five every quarter of an hour is far from enough.
  twoFactor: { points: 5, durationSeconds: 15 * 60 },
  // Password changes per account (each checks the current password).
  passwordChange: { points: 10, durationSeconds: 60 * 60 },
  // Join requests and invitation sign-ups per address.
  join: { points: 10, durationSeconds: 60 * 60 },
  // Password-reset e-mails per address.
  passwordReset: { points: 5, durationSeconds: 60 * 60 },
  // New threads and replies per account: generous for a conversation, a wall for a flood.
  post: { points: 30, durationSeconds: 10 * 60 },
  // Complaints per account: nobody with a real problem files more than a few an hour.
  complaint: { points: 6, durationSeconds: 60 * 60 },
  // Reports per account: enough to flag a whole bad thread, not to flood the review queue.
  report: { points: 20, durationSeconds: 60 * 60 },
  // REST API requests per integration token (issue 17): 300 per 5 minutes.
  api: { points: 300, durationSeconds: 5 * 60 },
} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

const g = globalThis as unknown as { __tertuliaLimiters?: Map<RuleName, RateLimiterDrizzle> };

// Counters live in the database so that every app process enforces the same limit.
function limiter(name: RuleName): RateLimiterDrizzle {
  g.__tertuliaLimiters ??= new Map();
  let l = g.__tertuliaLimiters.get(name);
  if (!l) {
    l = new RateLimiterDrizzle({
      storeClient: getDb(),
      schema: rateLimits,
      keyPrefix: name,
      points: RULES[name].points,
      duration: RULES[name].durationSeconds,
      clearExpiredByTimeout: false,
    });
    g.__tertuliaLimiters.set(name, l);
  }
  return l;
}

function refused(name: RuleName, res: RateLimiterRes): RateLimited {
  metrics().rateLimitRefusals.inc({ rule: name });
  return new RateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
}

/** Throws RateLimited when the key has no points left, without spending one. */
export async function assertNotLimited(name: RuleName, key: string): Promise<void> {
  const res = await limiter(name).get(key);
  if (res && res.consumedPoints >= RULES[name].points) throw refused(name, res);
}

/** Spends one point and says how many are spent now; throws RateLimited if that was one too many. */
export async function consume(name: RuleName, key: string): Promise<number> {
  try {
    return (await limiter(name).consume(key)).consumedPoints;
  } catch (e) {
    if (e instanceof RateLimiterRes) throw refused(name, e);
    throw e;
  }
}

/** Gives back a point spent on an attempt that turned out legitimate. */
export async function refund(name: RuleName, key: string): Promise<void> {
  await limiter(name).reward(key, 1);
}

export async function reset(name: RuleName, key: string): Promise<void> {
  await limiter(name).delete(key);
}
