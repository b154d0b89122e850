import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { reviewItems } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { refreshQueue } from './decision';

/** A moderator takes a queue entry (so two do not work on it at once), or lets it go. */
export const assignItem = defineVerb({
  name: 'moderation.assign',
  input: z.object({ itemId: uuidField, mine: z.enum(['true', 'false'], 'errors.invalidField').transform((v) => v === 'true') }),
  policy: (actor) => refusal(actor, 'review:content'),
  run: async (ctx, data) => {
    const [item] = await ctx.tx
      .update(reviewItems)
      .set({ assigneeId: data.mine ? ctx.actor.id : null, updatedAt: ctx.now })
      .where(and(eq(reviewItems.id, data.itemId), isNull(reviewItems.closedAt)))
      .returning({ id: reviewItems.id });
    if (!item) throw new NotFound();
    refreshQueue(ctx);
    return item;
  },
  audit: (item, data) => ({ action: data.mine ? 'moderation.take' : 'moderation.release', targetType: 'review_item', targetId: item.id }),
});
