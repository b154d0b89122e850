import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { Conflict } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { actOnTarget, type Outcome } from './act';
import { decisionInput } from './fields';
import { announceTarget } from './live';
import { setHidden, type Target } from './targets';

const input = decisionInput({});

export type RestoreInput = z.input<typeof input>;

/**
 * Brings hidden content back. From the queue it also approves what a rule held for review: the author
 * hears that it is visible again.
 */
export async function restoreContent({ actor, input: raw }: { actor: Actor; input: RestoreInput }) {
  const data = parseInput(input, raw);
  return actOnTarget(actor, data, 'restore', async (tx, target) => {
    if (!target.hiddenReason) throw new Conflict('moderation.errors.notHidden');
    return bringBack(tx, target, data.note);
  });
}

/** Public again; a hold lifted is an approval, a hiding undone a restoration. */
export async function bringBack(tx: Tx, target: Target, note: string | null, data?: Record<string, unknown>): Promise<Outcome> {
  await setHidden(tx, target, null);
  const action = target.hiddenReason === 'held' ? 'approve' : 'restore';
  return { action, note, data, reports: 'dismissed', tell: 'content_restored', announce: () => announceTarget(target) };
}
