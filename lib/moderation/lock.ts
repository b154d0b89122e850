import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { threads } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { actOnTarget } from './act';
import { noteField } from './fields';
import { announceTarget } from './live';
import { uuidField } from '@/lib/validation/fields';

const input = z.object({ threadId: uuidField, locked: z.coerce.boolean(), note: noteField });

export type LockInput = z.input<typeof input>;

/** Closes a heated thread to new replies (moderators still answer), or opens it again. */
export async function lockThread({ actor, input: raw }: { actor: Actor; input: LockInput }) {
  const data = parseInput(input, raw);
  return actOnTarget(actor, { targetType: 'thread', targetId: data.threadId }, 'lock', async (tx, target) => {
    await tx.update(threads).set({ locked: data.locked }).where(eq(threads.id, target.targetId));
    return { action: data.locked ? 'lock' : 'unlock', note: data.note, reports: 'upheld', announce: () => announceTarget(target) };
  });
}
