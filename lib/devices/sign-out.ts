import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { userSessions } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { disconnectUser } from '@/lib/realtime/publish';
import { defineVerb } from '@/lib/verb';
import { endSessions } from './sessions';

/** Signs out one of one's own devices; another person's device is not found. */
export const signOutDevice = defineVerb({
  name: 'devices.sign_out_one',
  input: z.object({ sessionId: z.uuid('errors.invalidField') }),
  // Whatever their standing, a person may always end their own sessions.
  standing: 'any',
  run: async (ctx, { sessionId }) => {
    const gone = await ctx.tx
      .delete(userSessions)
      .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, ctx.actor.id)))
      .returning({ id: userSessions.id });
    if (gone.length === 0) throw new NotFound();
    // Its open sockets close; those of the devices still signed in reconnect at once.
    ctx.afterCommit(() => disconnectUser(ctx.actor.id));
  },
});

/** Every device but the one asking (the server adds which one that is, never the form). */
export const signOutOtherDevices = defineVerb({
  name: 'devices.sign_out_others',
  input: z.object({ currentSessionId: z.uuid('errors.invalidField') }),
  standing: 'any',
  run: async (ctx, { currentSessionId }) => {
    const ended = await endSessions(ctx.tx, ctx.actor.id, currentSessionId);
    if (ended > 0) ctx.afterCommit(() => disconnectUser(ctx.actor.id));
    return { ended };
  },
  audit: (result, _, __, actor) => ({ action: 'account.sign_out_other_devices', targetType: 'user', targetId: actor.id, after: result }),
});
