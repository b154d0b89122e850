import { z } from 'zod';
import { getDb } from '@/db/client';
import { threadFollows } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/policy';
import { requireThread } from '@/lib/threads/thread-access';
import { parseInput } from '@/lib/verb';

const input = z.object({
  threadId: z.uuid('errors.invalidField'),
  on: z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true'),
});

/** Follow or unfollow a thread one may read. A personal preference: no audit, no notification. */
export async function setThreadFollow({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }): Promise<{ following: boolean }> {
  assertCan(actor, 'view:community');
  const data = parseInput(input, raw);
  const { thread } = await requireThread(actor, data.threadId);
  await getDb()
    .insert(threadFollows)
    .values({ threadId: thread.id, userId: actor.id, following: data.on })
    .onConflictDoUpdate({ target: [threadFollows.threadId, threadFollows.userId], set: { following: data.on } });
  return { following: data.on };
}
