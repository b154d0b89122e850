import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { Gone, NotFound } from '@/lib/errors';
import { definePublicVerb } from '@/lib/verb';
import { readUnlockToken } from './lockout';
import { liftLockout } from './sign-in-limits';

export type UnlockLink = { state: 'invalid' | 'used' | 'ready' };

async function noticeOf(db: Executor, token: string, lock: boolean) {
  const id = readUnlockToken(token);
  if (!id) return undefined;
  const query = db
    .select({ id: notifications.id, readAt: notifications.readAt, email: users.email })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.id, id), eq(notifications.kind, 'sign_in_locked')));
  const [row] = lock ? await query.for('update', { of: notifications }) : await query;
  return row;
}

/** What the page shows; opening the link changes nothing (mail scanners open links too). */
export async function inspectUnlock(token: string): Promise<UnlockLink> {
  const row = await noticeOf(getDb(), token, false);
  if (!row) return { state: 'invalid' };
  return { state: row.readAt ? 'used' : 'ready' };
}

/**
 * The owner lifts the lockout from the e-mailed link: the signed token is the authority (they cannot sign
 * in, which is the point). One link works once; the account's other limits (per address) stay.
 */
export const unlockSignIn = definePublicVerb({
  name: 'auth.unlock',
  input: z.object({ token: z.string().max(200) }),
  load: async (db, { token }) => {
    const row = await noticeOf(db, token, true);
    if (!row) throw new NotFound();
    if (row.readAt) throw new Gone('signInLock.used');
    return row;
  },
  run: async (ctx, _, row) => {
    await ctx.tx.update(notifications).set({ readAt: ctx.now }).where(eq(notifications.id, row.id));
    // The counters are not in this transaction (PGlite has one connection): cleared once it commits.
    ctx.afterCommit(() => liftLockout(row.email));
  },
});
