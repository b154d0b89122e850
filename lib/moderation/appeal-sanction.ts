import { z } from 'zod';
import { appeals } from '@/db/schema';
import { Conflict } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { refreshQueue } from './decision';
import { appealBodyField } from './fields';
import { loadSanction, stillStands } from './lift-sanction';
import { moderatorNotices } from './staff-notice';

/**
 * The sanctioned member asks once for a sanction still in force to be looked at again, even while
 * suspended or banned; a manager other than the one who imposed it decides. An administrative measure
 * (Management → Members) carries no appeal.
 */
export const appealSanction = defineVerb({
  name: 'moderation.appeal_sanction',
  input: z.object({ sanctionId: uuidField, body: appealBodyField }),
  // A ban's appeal comes from /account-status, the one page a banned member reaches.
  standing: 'any',
  load: (db, data) => loadSanction(db, data.sanctionId),
  policy: (actor, sanction) => refusal(actor, 'appeal:sanction', sanction),
  run: async (ctx, data, sanction) => {
    if (!sanction.appealable || !stillStands(sanction, ctx.now)) throw new Conflict('moderation.errors.notAppealable');
    const [appeal] = await ctx.tx.insert(appeals).values({ sanctionId: sanction.id, appellantId: ctx.actor.id, body: data.body }).onConflictDoNothing().returning();
    if (!appeal) throw new Conflict('moderation.errors.alreadyAppealed');
    await ctx.notify(await moderatorNotices(ctx.tx, ['manager']));
    refreshQueue(ctx);
    return appeal;
  },
});
