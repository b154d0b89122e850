import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { threads } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { recordDecision } from './decision';
import { noteField } from './fields';
import { announceTarget } from './live';
import { loadTarget } from './targets';

/** Closes a heated thread to new replies (moderators still answer), or opens it again. */
export const lockThread = defineVerb({
  name: 'moderation.lock',
  input: z.object({ threadId: uuidField, locked: z.coerce.boolean(), note: noteField }),
  load: (db, data) => loadTarget(db, { targetType: 'thread', targetId: data.threadId }, true),
  policy: (actor, target) => refusal(actor, 'lock:content', target),
  run: async (ctx, data, target) => {
    await ctx.tx.update(threads).set({ locked: data.locked }).where(eq(threads.id, target.targetId));
    ctx.afterCommit(() => announceTarget(target));
    return recordDecision(ctx, target, { action: data.locked ? 'lock' : 'unlock', note: data.note, reports: 'upheld' });
  },
});
