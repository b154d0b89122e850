import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { reviewItems } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record';
import { uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceQueue, refuse } from './act';
import { moderationRefusal } from './policy';

const input = z.object({ itemId: uuidField, mine: z.enum(['true', 'false'], 'errors.invalidField').transform((v) => v === 'true') });

/** A moderator takes a queue entry (so two do not work on it at once), or lets it go. */
export async function assignItem({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const data = parseInput(input, raw);
  const refusal = moderationRefusal(actor, 'review');
  if (refusal) refuse(refusal, 'assign', 'review_item');
  const row = await getDb().transaction(async (tx) => {
    const [item] = await tx
      .update(reviewItems)
      .set({ assigneeId: data.mine ? actor.id : null, updatedAt: new Date() })
      .where(and(eq(reviewItems.id, data.itemId), isNull(reviewItems.closedAt)))
      .returning({ id: reviewItems.id });
    if (!item) throw new NotFound();
    await recordAudit(tx, { actorId: actor.id, action: data.mine ? 'moderation.take' : 'moderation.release', targetType: 'review_item', targetId: item.id });
    return item;
  });
  announceQueue();
  return row;
}
