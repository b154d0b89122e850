import { z } from 'zod';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { actOnTarget } from './act';
import { decisionInput } from './fields';
import { bringBack } from './restore';

const input = decisionInput({});

export type DismissInput = z.input<typeof input>;

/**
 * "Nothing wrong here": closes the queue entry and tells the reporters. What a rule held goes public,
 * which is the same decision seen from the author's side.
 */
export async function dismissItem({ actor, input: raw }: { actor: Actor; input: DismissInput }) {
  const data = parseInput(input, raw);
  return actOnTarget(actor, data, 'review', async (tx, target) =>
    target.hiddenReason === 'held' ? bringBack(tx, target, data.note) : { action: 'dismiss', note: data.note, reports: 'dismissed' },
  );
}
