import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { appeals, moderationActions } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { type ActionRow, refreshQueue } from './decision';
import { appealBodyField } from './fields';
import { moderatorNotices } from './staff-notice';
import { loadTarget, type Target } from './targets';

/**
 * What an appeal can still change: a hiding that stands (upheld, the text is public again) or a
 * redaction (upheld, it is only acknowledged: the fragment was kept nowhere, so nothing comes back).
 */
export function isAppealable(action: Pick<ActionRow, 'action'>, target: Pick<Target, 'hiddenReason'>): boolean {
  if (action.action === 'redact') return true;
  return action.action === 'hide' && target.hiddenReason !== null && target.hiddenReason !== 'held';
}

/**
 * The author asks once for a hiding or a redaction to be looked at again; a different moderator decides.
 * A second appeal on the same decision, or an appeal on someone else's, is refused.
 */
export const appealDecision = defineVerb({
  name: 'moderation.appeal',
  input: z.object({ actionId: uuidField, body: appealBodyField }),
  // A silenced author may still ask for the decision to be looked at again.
  standing: 'active',
  load: async (db, data) => {
    const [action] = await db.select().from(moderationActions).where(eq(moderationActions.id, data.actionId)).for('update').limit(1);
    if (!action?.authorId) throw new NotFound();
    const target = await loadTarget(db, { targetType: action.targetType, targetId: action.targetId });
    return { action, target: { ...target, authorId: action.authorId } };
  },
  policy: (actor, { target }) => refusal(actor, 'appeal:decision', target),
  run: async (ctx, data, { action, target }) => {
    if (!isAppealable(action, target)) throw new Conflict('moderation.errors.notAppealable');
    const [appeal] = await ctx.tx.insert(appeals).values({ actionId: action.id, appellantId: ctx.actor.id, body: data.body }).onConflictDoNothing().returning();
    if (!appeal) throw new Conflict('moderation.errors.alreadyAppealed');
    await ctx.notify(await moderatorNotices(ctx.tx));
    refreshQueue(ctx);
    return appeal;
  },
});
