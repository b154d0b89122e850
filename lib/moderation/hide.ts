import { z } from 'zod';
import type { Actor } from '@/lib/policy';
import { Conflict } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { actOnTarget } from './act';
import { decisionInput, hideReasonField } from './fields';
import { announceTarget } from './live';
import { setHidden } from './targets';

const input = decisionInput({ reason: hideReasonField });

export type HideInput = z.input<typeof input>;

/**
 * Takes a post, thread or complaint comment out of public view with a reason from the fixed list. The
 * text stays (the author may appeal); everyone else sees "Hidden by moderation: <reason>".
 */
export async function hideContent({ actor, input: raw }: { actor: Actor; input: HideInput }) {
  const data = parseInput(input, raw);
  return actOnTarget(actor, data, 'hide', async (tx, target) => {
    if (target.hiddenReason && target.hiddenReason !== 'held') throw new Conflict('moderation.errors.alreadyHidden');
    await setHidden(tx, target, data.reason);
    return { action: 'hide', reason: data.reason, note: data.note, reports: 'upheld', tell: 'content_hidden', announce: () => announceTarget(target) };
  });
}
