import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { endSessions } from '@/lib/devices/sessions';
import { Invalid } from '@/lib/errors';
import { disconnectUser } from '@/lib/realtime/publish';
import { consume } from '@/lib/security/rate-limit';
import { passwordField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { hashPassword, verifyPassword } from './password';

/** A new password, given the current one: every other device is signed out, this one stays. */
export const changePassword = defineVerb({
  name: 'auth.change_password',
  input: z.object({
    currentPassword: z.string().min(1, 'errors.required').max(1024, 'errors.tooLong'),
    password: passwordField,
    // Added by the server from the session, never by the form.
    currentSessionId: z.uuid('errors.invalidField'),
  }),
  standing: 'active',
  load: async (db, _, actor) => (await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)))[0]!,
  // Both hashes are slow on purpose: before the transaction, and counted against the account.
  prepare: async (data, account, actor) => {
    await consume('passwordChange', actor.id);
    if (!(await verifyPassword(account.passwordHash, data.currentPassword))) throw new Invalid({ currentPassword: ['twoFactor.errors.wrongPassword'] });
    return hashPassword(data.password);
  },
  run: async (ctx, { currentSessionId }, _, passwordHash) => {
    await ctx.tx.update(users).set({ passwordHash }).where(eq(users.id, ctx.actor.id));
    await endSessions(ctx.tx, ctx.actor.id, currentSessionId);
    ctx.afterCommit(() => disconnectUser(ctx.actor.id));
  },
  audit: (_, __, ___, actor) => ({ action: 'account.password_changed', targetType: 'user', targetId: actor.id }),
});
