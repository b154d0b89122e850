import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { threads } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { uuidField } from './fields';
import { requireThread } from './thread-access';

export interface ThreadFlags {
  pinned: boolean;
  locked: boolean;
}

/**
 * What pinning and locking a thread change, wherever it is decided: the verb below from the thread
 * page, and the moderation queue's lock (lib/moderation/lock.ts), which records it as a decision.
 */
export async function setThreadFlags(tx: Tx, threadId: string, change: Partial<ThreadFlags>): Promise<ThreadFlags> {
  const [after] = await tx.update(threads).set(change).where(eq(threads.id, threadId)).returning({ pinned: threads.pinned, locked: threads.locked });
  return after!;
}

const input = z.object({
  threadId: uuidField,
  pinned: z.boolean().optional(),
  locked: z.boolean().optional(),
});

/**
 * Pin a thread to the top of its group, or lock it so that only moderators reply: for the group's
 * moderators and owners, and for staff, who moderate every group.
 */
export const moderateThread = defineVerb({
  name: 'threads.moderate',
  input,
  load: (db, data, actor) => requireThread(actor, data.threadId, { db, lock: true }),
  policy: (actor, { group }) => refusal(actor, 'moderate:group', group),
  run: async (ctx, data, { thread, group }): Promise<ThreadFlags> => {
    const change = { pinned: data.pinned ?? thread.pinned, locked: data.locked ?? thread.locked };
    if (change.pinned === thread.pinned && change.locked === thread.locked) return change;
    const after = await setThreadFlags(ctx.tx, thread.id, change);
    ctx.publish(rooms.thread(thread.id), 'thread:updated', after);
    ctx.publish(rooms.group(group.id), 'group:activity', { groupId: group.id, threadId: thread.id });
    return after;
  },
  // Asking for what already holds changes nothing, and records nothing.
  audit: (after, _data, { thread }) =>
    after.pinned === thread.pinned && after.locked === thread.locked
      ? null
      : { action: 'thread.moderate', targetType: 'thread', targetId: thread.id, before: { pinned: thread.pinned, locked: thread.locked }, after },
});
