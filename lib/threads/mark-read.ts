import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { threadReads, threads } from '@/db/schema';
import type { Actor } from '@/lib/auth/policy';
import { requireThread } from './thread-access';

/** The member has seen the thread up to its latest post. Never moves backwards. */
export async function markThreadRead({ actor, input }: { actor: Actor; input: { threadId: string } }): Promise<void> {
  const { thread } = await requireThread(actor, input.threadId);
  await recordReading(actor.id, thread.id);
}

/** For a caller that has already checked the person may read the thread. */
export async function recordReading(userId: string, threadId: string): Promise<void> {
  const latest = sql`(select ${threads.lastPostAt} from ${threads} where ${threads.id} = ${threadId})`;
  await getDb()
    .insert(threadReads)
    .values({ userId, threadId, lastReadAt: latest })
    .onConflictDoUpdate({ target: [threadReads.userId, threadReads.threadId], set: { lastReadAt: sql`greatest(${threadReads.lastReadAt}, ${latest})` } });
}
