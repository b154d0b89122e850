import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { threads } from '@/db/schema';
import { loadGroupAccess } from '@/lib/groups/access';
import { canSeeRoom } from '@/lib/policy/visibility';
import { registerRoom } from '@/lib/realtime/room-access';

// A thread's replies, edits, reactions and votes, for whoever may read its group.
registerRoom('thread', async (actor, id) => {
  const [thread] = await getDb().select({ groupId: threads.groupId, lastPostAt: threads.lastPostAt }).from(threads).where(eq(threads.id, id)).limit(1);
  const group = thread ? await loadGroupAccess(actor, thread.groupId) : null;
  return thread && group && canSeeRoom(actor, { kind: 'thread', group }) ? { latest: thread.lastPostAt } : null;
});
