import { z } from 'zod';
import { twoFactorSettings } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { loadTwoFactorRule } from './queries';

/** How many days staff and managers have to enrol (0 = at once). Counted from the later of their account and the rule. */
export const setTwoFactorGrace = defineVerb({
  name: 'two_factor.set_grace',
  input: z.object({ graceDays: z.coerce.number('errors.invalidField').int('errors.invalidField').min(0, 'twoFactor.errors.graceRange').max(90, 'twoFactor.errors.graceRange') }),
  permission: 'manage:security_settings',
  load: (db) => loadTwoFactorRule(db),
  run: async (ctx, { graceDays }) => {
    const values = { graceDays, updatedAt: ctx.now, updatedBy: ctx.actor.id };
    await ctx.tx.insert(twoFactorSettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: twoFactorSettings.id, set: values });
  },
  audit: (_, { graceDays }, before) => ({ action: 'settings.two_factor_grace', targetType: 'community', targetId: '1', before: { graceDays: before.graceDays }, after: { graceDays } }),
});
