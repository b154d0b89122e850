import { and, eq, ne } from 'drizzle-orm';
import type { Executor, Tx } from '@/db/client';
import { getDb } from '@/db/client';
import { threadFollows } from '@/db/schema';
import type { Actor } from '@/lib/policy';

/** Writing in a thread follows it, unless the writer unfollowed it before: their choice stands. */
export async function followOnWrite(tx: Tx, threadId: string, userId: string): Promise<void> {
  await tx.insert(threadFollows).values({ threadId, userId }).onConflictDoNothing();
}

/** Who hears about a new post in the thread, its writer aside. */
export async function threadFollowers(tx: Executor, threadId: string, exceptUserId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: threadFollows.userId })
    .from(threadFollows)
    .where(and(eq(threadFollows.threadId, threadId), eq(threadFollows.following, true), ne(threadFollows.userId, exceptUserId)));
  return rows.map((r) => r.userId);
}

export async function followsThread(actor: Actor, threadId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ following: threadFollows.following })
    .from(threadFollows)
    .where(and(eq(threadFollows.threadId, threadId), eq(threadFollows.userId, actor.id)));
  return row?.following ?? false;
}
