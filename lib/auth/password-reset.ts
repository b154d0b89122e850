import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { passwordResets, users } from '@/db/schema';
import { Gone } from '@/lib/errors';
import { endSessions } from '@/lib/devices/sessions';
import { disconnectUser } from '@/lib/realtime/publish';
import { consume } from '@/lib/security/rate-limit';
import { newLinkToken, sha256 } from '@/lib/security/tokens';
import { emailField, passwordField } from '@/lib/validation/fields';
import { definePublicVerb } from '@/lib/verb';
import { hashPassword } from './password';
import { queueResetMail } from './reset-mail';

const RESET_TTL_MS = 60 * 60 * 1000;

/** The same answer whether the address exists or not; only a real member receives a link. */
export const requestPasswordReset = definePublicVerb({
  name: 'auth.request_password_reset',
  // The address the request came from is the server's to add, never the form's.
  input: z.object({ email: emailField, ip: z.string().max(64) }),
  load: async (db, { email }) => (await db.select().from(users).where(eq(users.email, email)).limit(1))[0] ?? null,
  // Counted for unknown addresses too, so the limit says nothing about who is a member.
  prepare: (data) => consume('passwordReset', data.ip),
  run: async (ctx, _, user) => {
    if (!user) return;
    const { token, hash } = newLinkToken();
    await ctx.tx.insert(passwordResets).values({ userId: user.id, tokenHash: hash, expiresAt: new Date(ctx.now.getTime() + RESET_TTL_MS) });
    await queueResetMail(ctx.tx, { userId: user.id }, { token, name: user.displayName }, ctx.afterCommit);
  },
});

const usable = (token: string, now: Date) => and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now));

/** For the reset page: is this link still good? */
export async function resetLinkIsUsable(token: string): Promise<boolean> {
  const [row] = await getDb().select({ id: passwordResets.id }).from(passwordResets).where(usable(token, new Date())).limit(1);
  return row !== undefined;
}

/** Sets the new password, spends the link, and signs the account out everywhere. */
export const resetPassword = definePublicVerb({
  name: 'auth.reset_password',
  input: z.object({ token: z.string().min(1).max(200), password: passwordField }),
  // Hashing is slow on purpose: it runs before the transaction.
  prepare: (data) => hashPassword(data.password),
  run: async (ctx, { token }, _, passwordHash) => {
    // Marking it used in the same statement that checks it means a link works exactly once.
    const [spent] = await ctx.tx.update(passwordResets).set({ usedAt: ctx.now }).where(usable(token, ctx.now)).returning({ userId: passwordResets.userId });
    if (!spent) throw new Gone('auth.reset.invalidLink');
    await ctx.tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, spent.userId));
    await endSessions(ctx.tx, spent.userId);
    ctx.afterCommit(() => disconnectUser(spent.userId));
    return spent.userId;
  },
  // Nobody is signed in: the person is the one the link was sent to.
  audit: (userId) => ({ actorId: userId, action: 'account.password_reset', targetType: 'user', targetId: userId }),
});
