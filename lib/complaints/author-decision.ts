import { z } from 'zod';
import type { Actor } from '@/lib/policy';
import { optionalText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { applyChange } from './apply';
import { idempotencyKeyField, piiDecisionField, uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { guardPersonalData } from './pii-guard';
import { assertComplaint } from './policy';

const input = z.object({
  complaintId: uuidField,
  decision: z.enum(['accept_solution', 'reject_solution', 'withdraw'], 'errors.invalidField'),
  // Why the solution does not solve it: optional, public, guarded like every public text.
  reason: optionalText(2000),
  piiDecision: piiDecisionField,
  idempotencyKey: idempotencyKeyField,
});

export type AuthorDecisionInput = z.input<typeof input>;

const KIND = { accept_solution: 'solution_accepted', reject_solution: 'solution_rejected', withdraw: 'closed' } as const;

/** Only the author says whether a solution solved it, or withdraws the complaint. */
export async function decideAsAuthor({ actor, input: raw }: { actor: Actor; input: AuthorDecisionInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, false, async (tx, c, facts) => {
    assertComplaint(actor, 'author_decide', facts);
    const reason = data.reason ? guardPersonalData({ reason: data.reason }, data.piiDecision, false).public.reason : null;
    return [
      await applyChange(tx, c, {
        actorId: actor.id,
        party: 'author',
        action: data.decision,
        closeReason: data.decision === 'withdraw' ? 'withdrawn' : undefined,
        event: { kind: KIND[data.decision], bodyMd: reason, data: data.decision === 'withdraw' ? { reason: 'withdrawn' } : undefined, idempotencyKey: data.idempotencyKey },
      }),
    ];
  });
}
