import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { threadReads, threads } from '@/db/schema';
import { markNoticesAboutRead } from '@/lib/notifications/mark-read';
import { defineVerb } from '@/lib/verb';
import { uuidField } from './fields';
import { requireThread } from './thread-access';

// `opened`: the page was just opened, not a reply arriving on a page already open.
const input = z.object({ threadId: uuidField, opened: z.boolean().optional() });

/**
 * The member has seen the thread up to its latest post. Never moves backwards. Called by the open page,
 * never by rendering it: links prefetch pages nobody has looked at yet. A silenced member still reads.
 * Opening it reads its notifications too (replies, mentions, reactions); a reply arriving on the open
 * page still rings the bell, as news.
 */
export const markThreadRead = defineVerb({
  name: 'threads.mark-read',
  input,
  standing: 'active',
  load: (db, data, actor) => requireThread(actor, data.threadId, { db }),
  run: async (ctx, { opened }, { thread }) => {
    const latest = sql`(select ${threads.lastPostAt} from ${threads} where ${threads.id} = ${thread.id})`;
    await ctx.tx
      .insert(threadReads)
      .values({ userId: ctx.actor.id, threadId: thread.id, lastReadAt: latest })
      .onConflictDoUpdate({ target: [threadReads.userId, threadReads.threadId], set: { lastReadAt: sql`greatest(${threadReads.lastReadAt}, ${latest})` } });
    if (opened) await markNoticesAboutRead(ctx, { threadId: thread.id });
  },
});
