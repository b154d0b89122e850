import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { threads } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { parseInput } from '@/lib/verb';
import { uuidField } from './fields';
import { requireThread } from './thread-access';

const input = z.object({
  threadId: uuidField,
  pinned: z.boolean().optional(),
  locked: z.boolean().optional(),
});

/** Pin a thread to the top of its group, or lock it so that only moderators reply. */
export async function moderateThread({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const data = parseInput(input, raw);
  const { thread, group } = await requireThread(actor, data.threadId, 'moderate:group');
  const after = { pinned: data.pinned ?? thread.pinned, locked: data.locked ?? thread.locked };
  if (after.pinned === thread.pinned && after.locked === thread.locked) return after;
  await getDb().transaction(async (tx) => {
    await tx.update(threads).set(after).where(eq(threads.id, thread.id));
    await recordAudit(tx, { actorId: actor.id, action: 'thread.moderate', targetType: 'thread', targetId: thread.id, before: { pinned: thread.pinned, locked: thread.locked }, after });
  });
  publish(rooms.thread(thread.id), 'thread:updated', after);
  publish(rooms.group(group.id), 'group:activity', { groupId: group.id, threadId: thread.id });
  return after;
}
