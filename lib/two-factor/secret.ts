import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { recoveryCodes, twoFactor } from '@/db/schema';
import { seal, unseal } from '@/lib/mail/sealed';
import { recoveryCodeHash } from './recovery-codes';
import { matchingStep } from './totp';

const PURPOSE = 'two-factor-secret';

export const sealSecret = (secret: string) => seal({ secret }, PURPOSE);
export const unsealSecret = (sealed: string) => String(unseal(sealed, PURPOSE).secret);

export type SpentCode = 'totp' | 'recovery';

/**
 * Checks a code against the account's confirmed second factor and spends it in the same statement:
 * a TOTP code only if its step is later than the last one accepted (the same code, or one from the
 * previous window, never works twice), a recovery code only if it was never used.
 */
export async function spendCode(db: Executor, userId: string, code: string, now: Date): Promise<SpentCode | null> {
  const typed = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(typed)) {
    const [factor] = await db
      .select({ sealedSecret: twoFactor.sealedSecret })
      .from(twoFactor)
      .where(and(eq(twoFactor.userId, userId), isNotNull(twoFactor.enabledAt)));
    if (!factor) return null;
    const step = matchingStep(unsealSecret(factor.sealedSecret), typed, now);
    if (step === null) return null;
    const spent = await db
      .update(twoFactor)
      .set({ lastStep: step })
      .where(and(eq(twoFactor.userId, userId), lt(twoFactor.lastStep, step)))
      .returning({ userId: twoFactor.userId });
    return spent.length > 0 ? 'totp' : null;
  }
  const hash = recoveryCodeHash(typed);
  if (!hash) return null;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0 ? 'recovery' : null;
}
