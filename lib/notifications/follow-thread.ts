import { z } from 'zod';
import { threadFollows } from '@/db/schema';
import { requireThread } from '@/lib/threads/thread-access';
import { defineVerb } from '@/lib/verb';

const input = z.object({
  threadId: z.uuid('errors.invalidField'),
  on: z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true'),
});

/** Follow or unfollow a thread one may read. A personal preference, kept by a silenced member: no audit, no notification. */
export const setThreadFollow = defineVerb({
  name: 'notifications.follow-thread',
  input,
  standing: 'active',
  load: (db, data, actor) => requireThread(actor, data.threadId, { db }),
  run: async (ctx, data, { thread }) => {
    await ctx.tx
      .insert(threadFollows)
      .values({ threadId: thread.id, userId: ctx.actor.id, following: data.on })
      .onConflictDoUpdate({ target: [threadFollows.threadId, threadFollows.userId], set: { following: data.on } });
    return { following: data.on };
  },
});
