import { z } from 'zod';
import { refusal } from '@/lib/policy';
import { setThreadFlags } from '@/lib/threads/moderate-thread';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { recordDecision } from './decision';
import { noteField } from './fields';
import { announceTarget } from './live';
import { loadTarget } from './targets';

/**
 * Locking from the moderation queue: the thread page's lock (setThreadFlags in lib/threads/moderate-thread.ts),
 * recorded as a moderation decision that closes the thread's queue entry and tells its reporters.
 */
export const lockThread = defineVerb({
  name: 'moderation.lock',
  input: z.object({ threadId: uuidField, locked: z.coerce.boolean(), note: noteField }),
  load: (db, data) => loadTarget(db, { targetType: 'thread', targetId: data.threadId }, true),
  policy: (actor, target) => refusal(actor, 'lock:content', target),
  run: async (ctx, data, target) => {
    await setThreadFlags(ctx.tx, target.targetId, { locked: data.locked });
    ctx.afterCommit(() => announceTarget(target));
    return recordDecision(ctx, target, { action: data.locked ? 'lock' : 'unlock', note: data.note, reports: 'upheld' });
  },
});
