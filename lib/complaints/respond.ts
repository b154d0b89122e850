import { z } from 'zod';
import { optionalOf } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { applyChange, type EventKind } from './apply';
import { idempotencyKeyField, messageField, piiDecisionField, uuidField } from './fields';
import type { Action } from './lifecycle';
import { guardPersonalData } from './pii-guard';
import { continuePrivately } from './private-case';
import { recordEvents } from './record';
import { onComplaint } from './target';
import { templateGaps } from './templates';

export const STATEMENTS = ['official_reply', 'progress_update', 'propose_solution'] as const satisfies readonly Action[];
export type Statement = (typeof STATEMENTS)[number];

const KIND: Record<Statement, EventKind> = { official_reply: 'official_reply', progress_update: 'progress_update', propose_solution: 'solution_proposed' };

const input = z.object({
  complaintId: uuidField,
  statement: z.enum(STATEMENTS, 'errors.invalidField'),
  // A template's marked part left as it came would go out, signed, as an instruction to staff.
  body: messageField.refine((body) => templateGaps(body).length === 0, 'complaints.errors.templateGap'),
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
export const respondToComplaint = defineVerb({
  name: 'complaints.respond',
  input,
  ...onComplaint('answer:complaint'),
  run: async (ctx, data, { complaint: c }) => {
    const guarded = guardPersonalData({ body: data.body }, data.piiDecision, true);
    const said = await applyChange(ctx.tx, c, {
      actorId: ctx.actor.id,
      party: 'staff',
      action: data.statement,
      event: { kind: KIND[data.statement], bodyMd: guarded.public.body, data: data.templateId ? { template: data.templateId } : undefined, idempotencyKey: data.idempotencyKey },
      now: ctx.now,
    });
    const kept = said && guarded.kept ? await continuePrivately(ctx.tx, said.complaint, ctx.actor.id, guarded.kept.body, { fromGuard: true }, ctx.now) : [];
    return recordEvents(ctx, c, [said, ...kept], { audited: true });
  },
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as respondInput };
