import { Conflict } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { recordDecision } from './decision';
import { decisionInput, hideReasonField } from './fields';
import { announceTarget } from './live';
import { loadTarget, setHidden } from './targets';

/**
 * Takes a post, thread or complaint comment out of public view with a reason from the fixed list. The
 * text stays (the author may appeal); everyone else sees "Hidden by moderation: <reason>".
 */
export const hideContent = defineVerb({
  name: 'moderation.hide',
  input: decisionInput({ reason: hideReasonField }),
  load: (db, ref) => loadTarget(db, ref, true),
  policy: (actor, target) => refusal(actor, 'hide:content', target),
  run: async (ctx, data, target) => {
    if (target.hiddenReason && target.hiddenReason !== 'held') throw new Conflict('moderation.errors.alreadyHidden');
    await setHidden(ctx.tx, target, data.reason);
    ctx.afterCommit(() => announceTarget(target));
    return recordDecision(ctx, target, { action: 'hide', reason: data.reason, note: data.note, reports: 'upheld', tell: 'content_hidden' });
  },
});
