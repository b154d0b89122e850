import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recoveryCodes, twoFactor, users } from '@/db/schema';
import { endSessions } from '@/lib/devices/sessions';
import { NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { disconnectUser } from '@/lib/realtime/publish';
import { defineVerb } from '@/lib/verb';
import { queueResetNotice } from './mail';

/**
 * A manager removes someone's second factor (a lost phone): factor and recovery codes go, every device
 * of theirs is signed out, they are told by e-mail and enrol again at their next sign-in.
 */
export const resetSecondFactor = defineVerb({
  name: 'two_factor.reset',
  input: z.object({ userId: z.uuid('errors.invalidField') }),
  permission: 'manage:security_settings',
  load: async (db, { userId }) => {
    const [user] = await db.select({ id: users.id, role: users.role, displayName: users.displayName }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw new NotFound();
    return user;
  },
  policy: (actor, user) => refusal(actor, 'reset:two_factor', user),
  run: async (ctx, _, user) => {
    const removed = await ctx.tx.delete(twoFactor).where(eq(twoFactor.userId, user.id)).returning({ userId: twoFactor.userId });
    await ctx.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await ctx.tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    await endSessions(ctx.tx, user.id);
    await queueResetNotice(ctx.tx, { userId: user.id }, { name: user.displayName }, ctx.afterCommit);
    ctx.afterCommit(() => disconnectUser(user.id));
    return { hadFactor: removed.length > 0 };
  },
  audit: (result, _, user) => ({ action: 'account.two_factor_reset', targetType: 'user', targetId: user.id, after: { hadFactor: result.hadFactor } }),
});
