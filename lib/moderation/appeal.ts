import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { appeals, moderationActions } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { announceNotifications } from '@/lib/notifications/write';
import { uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceQueue, type ActionRow, refuse } from './act';
import { appealBodyField } from './fields';
import { moderationRefusal } from './policy';
import { tellModerators } from './staff-notice';
import { loadTarget, type Target } from './targets';

const input = z.object({ actionId: uuidField, body: appealBodyField });

export type AppealInput = z.input<typeof input>;

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
export async function appealDecision({ actor, input: raw }: { actor: Actor; input: AppealInput }) {
  const data = parseInput(input, raw);
  const { appeal, notified } = await getDb().transaction(async (tx) => {
    const [action] = await tx.select().from(moderationActions).where(eq(moderationActions.id, data.actionId)).for('update').limit(1);
    if (!action?.authorId) throw new NotFound();
    const target = await loadTarget(tx, { targetType: action.targetType, targetId: action.targetId });
    const refusal = moderationRefusal(actor, 'appeal', { ...target, authorId: action.authorId });
    if (refusal) refuse(refusal, 'appeal', action.targetType);
    if (!isAppealable(action, target)) throw new Conflict('moderation.errors.notAppealable');
    const [appeal] = await tx.insert(appeals).values({ actionId: action.id, appellantId: actor.id, body: data.body }).onConflictDoNothing().returning();
    if (!appeal) throw new Conflict('moderation.errors.alreadyAppealed');
    return { appeal, notified: await tellModerators(tx, actor.id) };
  });
  announceNotifications(notified);
  announceQueue();
  return appeal;
}
