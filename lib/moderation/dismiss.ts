import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { recordDecision } from './decision';
import { decisionInput } from './fields';
import { bringBack } from './restore';
import { loadTarget } from './targets';

/**
 * "Nothing wrong here": closes the queue entry and tells the reporters. What a rule held goes public,
 * which is the same decision seen from the author's side.
 */
export const dismissItem = defineVerb({
  name: 'moderation.dismiss',
  input: decisionInput({}),
  load: (db, ref) => loadTarget(db, ref, true),
  policy: (actor, target) => refusal(actor, 'review:content', target),
  run: (ctx, data, target) => (target.hiddenReason === 'held' ? bringBack(ctx, target, data.note) : recordDecision(ctx, target, { action: 'dismiss', note: data.note, reports: 'dismissed' })),
});
