import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { endSessions } from '@/lib/devices/sessions';
import { disconnectUser } from '@/lib/realtime/publish';
import { defineVerb } from '@/lib/verb';

/** Every session token carries the version; raising it ends them all, on every device. */
export const signOutEverywhere = defineVerb({
  name: 'auth.sign_out_everywhere',
  input: z.object({}),
  // Whatever their standing, a person may always end their own sessions.
  standing: 'any',
  run: async (ctx) => {
    await ctx.tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, ctx.actor.id));
    await endSessions(ctx.tx, ctx.actor.id);
    ctx.afterCommit(() => disconnectUser(ctx.actor.id));
  },
  audit: (_, __, ___, actor) => ({ action: 'account.sign_out_everywhere', targetType: 'user', targetId: actor.id }),
});
