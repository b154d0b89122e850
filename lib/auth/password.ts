import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { bounded } from '@/lib/security/bounded';

// OWASP's argon2id baseline: 19 MiB, two passes, one lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Each verification takes a core for ~50 ms. A flood of sign-ins once ran a thousand of them side by side and
// left members' pages waiting 20 s: now one core always stays free for pages, and a line longer than
// about a second of hashing is refused (429) rather than queued.
const g = globalThis as unknown as { __tertuliaHashing?: ReturnType<typeof bounded> };
const hashing = (g.__tertuliaHashing ??= bounded(Math.max(1, availableParallelism() - 1), 16));

// New passwords (sign-up, reset) are rate limited per address before they get here, and seeds hash many at once.
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return hashing(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

// Verifying against this when the account does not exist keeps timing from telling who is a member.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-only-for-timing');
  return dummyHash;
}
