import { z } from 'zod';
import { markNoticesAboutRead } from '@/lib/notifications/mark-read';
import { optionalText } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { applyChange } from './apply';
import { idempotencyKeyField, piiDecisionField, uuidField } from './fields';
import { guardPersonalData } from './pii-guard';
import { recordEvents } from './record';
import { onComplaint } from './target';

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
export const decideAsAuthor = defineVerb({
  name: 'complaints.authorDecision',
  input,
  ...onComplaint('decide:complaint'),
  run: async (ctx, data, { complaint: c }) => {
    const reason = data.reason ? guardPersonalData({ reason: data.reason }, data.piiDecision, false).public.reason : null;
    const decided = await applyChange(ctx.tx, c, {
      actorId: ctx.actor.id,
      party: 'author',
      action: data.decision,
      closeReason: data.decision === 'withdraw' ? 'withdrawn' : undefined,
      event: { kind: KIND[data.decision], bodyMd: reason, data: data.decision === 'withdraw' ? { reason: 'withdrawn' } : undefined, idempotencyKey: data.idempotencyKey },
    });
    // Deciding on the page is having read what asked for the decision ("confirm the solution").
    await markNoticesAboutRead(ctx, { complaintId: c.id });
    return recordEvents(ctx, c, [decided]);
  },
});
