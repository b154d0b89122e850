import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recoveryCodes, twoFactor } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { consume } from '@/lib/security/rate-limit';
import { defineVerb } from '@/lib/verb';
import { spendCode } from './secret';

/** A member turns the second factor off with a current code (or a recovery code); staff and managers may not. */
export const disableSecondFactor = defineVerb({
  name: 'two_factor.disable',
  input: z.object({ code: z.string().trim().min(1, 'errors.required').max(40, 'errors.tooLong') }),
  standing: 'active',
  policy: (actor) => refusal(actor, 'disable:own_two_factor'),
  // A budget of its own, apart from sign-in's: a signed-in person checking codes in settings.
  prepare: (_, __, actor) => consume('twoFactor', `settings:${actor.id}`),
  run: async (ctx, { code }) => {
    if (!(await spendCode(ctx.tx, ctx.actor.id, code, ctx.now))) throw new Invalid({ code: ['twoFactor.errors.badCode'] });
    await ctx.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, ctx.actor.id));
    await ctx.tx.delete(twoFactor).where(eq(twoFactor.userId, ctx.actor.id));
  },
  audit: (_, __, ___, actor) => ({ action: 'account.two_factor_disabled', targetType: 'user', targetId: actor.id }),
});
