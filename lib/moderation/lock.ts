import { z } from 'zod';
import { setThreadFlags } from '@/lib/threads/moderate-thread';
import { uuidField } from '@/lib/validation/fields';
import { parseInput, type VerbArgs } from '@/lib/verb';
import { actOnTarget } from './act';
import { noteField } from './fields';
import { announceTarget } from './live';

const input = z.object({ threadId: uuidField, locked: z.coerce.boolean(), note: noteField });

/**
 * Locking from the moderation queue: the thread page's lock (lib/threads/moderate-thread.ts), recorded
 * as a moderation decision that closes the thread's queue entry and tells its reporters. A locked thread
 * takes no new replies (moderators still answer) until it is opened again.
 */
export async function lockThread({ actor, input: raw }: VerbArgs<typeof input>) {
  const data = parseInput(input, raw);
  return actOnTarget(actor, { targetType: 'thread', targetId: data.threadId }, 'lock', async (tx, target) => {
    await setThreadFlags(tx, target.targetId, { locked: data.locked });
    return { action: data.locked ? 'lock' : 'unlock', note: data.note, reports: 'upheld', announce: () => announceTarget(target) };
  });
}
