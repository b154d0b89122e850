import { z } from 'zod';
import type { Actor } from '@/lib/policy';
import { optionalOf } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { applyChange, type EventKind } from './apply';
import { idempotencyKeyField, messageField, piiDecisionField, uuidField } from './fields';
import type { Action } from './lifecycle';
import { mutateComplaint } from './mutate';
import { guardPersonalData } from './pii-guard';
import { assertComplaint } from './policy';
import { continuePrivately } from './private-case';

export const STATEMENTS = ['official_reply', 'progress_update', 'propose_solution'] as const;
export type Statement = (typeof STATEMENTS)[number];

const KIND: Record<Statement, EventKind> = { official_reply: 'official_reply', progress_update: 'progress_update', propose_solution: 'solution_proposed' };

const input = z.object({
  complaintId: uuidField,
  statement: z.enum(STATEMENTS, 'errors.invalidField'),
  body: messageField,
  piiDecision: piiDecisionField,
  templateId: optionalOf(uuidField),
  idempotencyKey: idempotencyKeyField,
});

export type RespondInput = z.input<typeof input>;

/**
 * A signed, official word from the company: a reply, a progress update or a proposed solution. The
 * first one acknowledges the complaint and stops its first-response clock. Personal data in it goes
 * through the same guard as the member's text.
 */
export async function respondToComplaint({ actor, input: raw }: { actor: Actor; input: RespondInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, true, async (tx, c, facts) => {
    assertComplaint(actor, 'answer', facts);
    const guarded = guardPersonalData({ body: data.body }, data.piiDecision, true);
    const now = new Date();
    const said = await applyChange(tx, c, {
      actorId: actor.id,
      party: 'staff',
      action: data.statement as Action,
      event: { kind: KIND[data.statement], bodyMd: guarded.public.body, data: data.templateId ? { template: data.templateId } : undefined, idempotencyKey: data.idempotencyKey },
      now,
    });
    if (!said || !guarded.kept) return [said];
    return [said, ...(await continuePrivately(tx, said.complaint, actor.id, guarded.kept.body, { fromGuard: true }, now))];
  });
}
