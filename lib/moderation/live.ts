import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { threads } from '@/db/schema';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';
import { loadPost } from '@/lib/threads/post-dtos';
import type { Target } from './targets';

/**
 * After commit: the pages showing the item see it change (a post turns into its tombstone and back).
 * Rooms get what every reader may see, which for hidden content is the tombstone only.
 */
export async function announceTarget(target: Pick<Target, 'targetType' | 'targetId' | 'threadId' | 'groupId' | 'complaintId'>): Promise<void> {
  if (target.targetType === 'post' && target.threadId) {
    const dto = await loadPost(target.targetId);
    if (dto) publish(rooms.thread(target.threadId), 'post:updated', dto);
  } else if (target.targetType === 'thread' && target.threadId) {
    const [row] = await getDb().select({ pinned: threads.pinned, locked: threads.locked, hiddenReason: threads.hiddenReason }).from(threads).where(eq(threads.id, target.threadId)).limit(1);
    if (row) {
      const { hiddenReason, ...flags } = row;
      publish(rooms.thread(target.threadId), 'thread:updated', flags);
      // Only whether: each open page re-renders from the server, which shows the tombstone or the thread.
      publish(rooms.thread(target.threadId), 'thread:visibility', { hidden: hiddenReason !== null });
    }
  } else if (target.complaintId) {
    publish(rooms.complaint(target.complaintId), 'complaint:changed', { id: target.complaintId, eventId: Number(target.targetId) });
  }
  if (target.groupId && target.threadId) publish(rooms.group(target.groupId), 'group:activity', { groupId: target.groupId, threadId: target.threadId });
}
