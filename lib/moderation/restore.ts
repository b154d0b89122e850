import { Conflict } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { defineVerb, type VerbContext } from '@/lib/verb';
import { type Decided, recordDecision } from './decision';
import { decisionInput } from './fields';
import { announceTarget } from './live';
import { loadTarget, setHidden, type Target } from './targets';

/**
 * Brings hidden content back. From the queue it also approves what a rule held for review: the author
 * hears that it is visible again.
 */
export const restoreContent = defineVerb({
  name: 'moderation.restore',
  input: decisionInput({}),
  load: (db, ref) => loadTarget(db, ref, true),
  policy: (actor, target) => refusal(actor, 'restore:content', target),
  run: async (ctx, data, target) => {
    if (!target.hiddenReason) throw new Conflict('moderation.errors.notHidden');
    return bringBack(ctx, target, data.note);
  },
});

/** Public again; a hold lifted is an approval, a hiding undone a restoration. */
export async function bringBack(ctx: VerbContext, target: Target, note: string | null): Promise<Decided> {
  await setHidden(ctx.tx, target, null);
  ctx.afterCommit(() => announceTarget(target));
  const action = target.hiddenReason === 'held' ? 'approve' : 'restore';
  return recordDecision(ctx, target, { action, note, reports: 'dismissed', tell: 'content_restored' });
}
