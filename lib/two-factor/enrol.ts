import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { recoveryCodes, twoFactor, users } from '@/db/schema';
import { loadBrand } from '@/lib/brand/queries';
import { Conflict, Invalid } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { consume } from '@/lib/security/rate-limit';
import { defineVerb } from '@/lib/verb';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';
import { sealSecret, unsealSecret } from './secret';
import { matchingStep, newTotpSecret, qrSvg, totpUri } from './totp';

const enrolled = async (db: Executor, userId: string) => (await db.select().from(twoFactor).where(eq(twoFactor.userId, userId)).limit(1))[0] ?? null;

export interface Enrolment {
  /** Base32, for an app that cannot scan; shown once, in this answer only. */
  secret: string;
  qrSvg: string;
}

/**
 * A new secret, pending until a code from it is confirmed. Shown once: the page never reads it back,
 * and starting again replaces it. An account that already has a confirmed factor is refused.
 */
export const startEnrolment = defineVerb({
  name: 'two_factor.start_enrolment',
  input: z.object({}),
  standing: 'active',
  load: (db, _, actor) => enrolled(db, actor.id),
  policy: (actor) => refusal(actor, 'enrol:own_two_factor'),
  prepare: async () => ({ secret: newTotpSecret(), brand: await loadBrand() }),
  run: async (ctx, _, existing, { secret, brand }): Promise<Enrolment> => {
    if (existing?.enabledAt) throw new Conflict('twoFactor.errors.alreadyEnabled');
    const [me] = await ctx.tx.select({ email: users.email }).from(users).where(eq(users.id, ctx.actor.id));
    const values = { sealedSecret: sealSecret(secret), enabledAt: null, lastStep: 0, createdAt: ctx.now };
    await ctx.tx.insert(twoFactor).values({ userId: ctx.actor.id, ...values }).onConflictDoUpdate({ target: twoFactor.userId, set: values });
    return { secret, qrSvg: await qrSvg(totpUri(secret, brand.name, me?.email ?? brand.name)) };
  },
});

const codeField = z.string().trim().regex(/^\d{3}\s?\d{3}$/, 'twoFactor.errors.codeFormat');

/** The first code proves the app has the secret: the factor is on, and ten recovery codes are made (shown once). */
export const confirmEnrolment = defineVerb({
  name: 'two_factor.confirm_enrolment',
  input: z.object({ code: codeField }),
  standing: 'active',
  load: (db, _, actor) => enrolled(db, actor.id),
  policy: (actor) => refusal(actor, 'enrol:own_two_factor'),
  // A budget of its own, apart from sign-in's: a signed-in person checking codes in settings.
  prepare: (_, __, actor) => consume('twoFactor', `settings:${actor.id}`),
  run: async (ctx, { code }, pending): Promise<{ recoveryCodes: string[] }> => {
    if (!pending) throw new Invalid({ code: ['twoFactor.errors.noEnrolment'] });
    if (pending.enabledAt) throw new Conflict('twoFactor.errors.alreadyEnabled');
    const step = matchingStep(unsealSecret(pending.sealedSecret), code.replace(/\s/g, ''), ctx.now);
    if (step === null) throw new Invalid({ code: ['twoFactor.errors.badCode'] });
    // The pending row is confirmed once: a double submit finds it enabled and changes nothing.
    const [confirmed] = await ctx.tx
      .update(twoFactor)
      .set({ enabledAt: ctx.now, lastStep: step })
      .where(and(eq(twoFactor.userId, ctx.actor.id), isNull(twoFactor.enabledAt)))
      .returning({ userId: twoFactor.userId });
    if (!confirmed) throw new Conflict('twoFactor.errors.alreadyEnabled');
    const codes = newRecoveryCodes();
    await ctx.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, ctx.actor.id));
    await ctx.tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: ctx.actor.id, codeHash: recoveryCodeHash(c)! })));
    return { recoveryCodes: codes };
  },
  audit: (_, __, ___, actor) => ({ action: 'account.two_factor_enabled', targetType: 'user', targetId: actor.id }),
});
