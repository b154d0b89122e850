import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { threadReads, threads } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { requireThread } from './thread-access';

/**
 * The member has seen the thread up to its latest post. Never moves backwards. Called by the open page,
 * never by rendering it: links prefetch pages nobody has looked at yet.
 */
export async function markThreadRead({ actor, input }: { actor: Actor; input: { threadId: string } }): Promise<void> {
  const { thread } = await requireThread(actor, input.threadId);
  const latest = sql`(select ${threads.lastPostAt} from ${threads} where ${threads.id} = ${thread.id})`;
  await getDb()
    .insert(threadReads)
    .values({ userId: actor.id, threadId: thread.id, lastReadAt: latest })
    .onConflictDoUpdate({ target: [threadReads.userId, threadReads.threadId], set: { lastReadAt: sql`greatest(${threadReads.lastReadAt}, ${latest})` } });
}
