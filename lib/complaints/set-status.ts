import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { complaints } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { optionalOf } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { applyChange, type ComplaintRow } from './apply';
import { idempotencyKeyField, uuidField } from './fields';
import { STAFF_CLOSE_REASONS } from './lifecycle';
import { recordEvents } from './record';
import { onComplaint } from './target';

const input = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start_progress'), complaintId: uuidField, idempotencyKey: idempotencyKeyField }),
  z.object({ action: z.literal('reopen'), complaintId: uuidField, idempotencyKey: idempotencyKeyField }),
  z.object({
    action: z.literal('close'),
    complaintId: uuidField,
    reason: z.enum(STAFF_CLOSE_REASONS as ['duplicate', 'not_actionable', 'no_response'], 'complaints.errors.closeReason'),
    duplicateOf: optionalOf(z.coerce.number('complaints.errors.duplicateOf').int('complaints.errors.duplicateOf').positive('complaints.errors.duplicateOf')),
    idempotencyKey: idempotencyKeyField,
  }),
]);

export type SetStatusInput = z.input<typeof input>;

type Close = Extract<z.output<typeof input>, { action: 'close' }>;

/** Another complaint with that number: closing one as a duplicate of itself, or of nothing, is no answer. */
async function originalOf(tx: Tx, c: ComplaintRow, data: Close) {
  if (data.reason !== 'duplicate') return undefined;
  const [original] = data.duplicateOf
    ? await tx.select({ id: complaints.id, number: complaints.number }).from(complaints).where(and(eq(complaints.number, data.duplicateOf), ne(complaints.id, c.id))).limit(1)
    : [];
  if (!original) throw new Invalid({ duplicateOf: ['complaints.errors.duplicateOf'] });
  return original;
}

/** Staff move a complaint along: start work, close it with a reason, or bring a finished one back. */
export const setComplaintStatus = defineVerb({
  name: 'complaints.setStatus',
  input,
  ...onComplaint('answer:complaint'),
  run: async (ctx, data, { complaint: c }) => {
    const by = { actorId: ctx.actor.id, party: 'staff' } as const;
    if (data.action !== 'close') {
      const moved = await applyChange(ctx.tx, c, { ...by, action: data.action, event: { kind: data.action === 'reopen' ? 'reopened' : 'status_changed', idempotencyKey: data.idempotencyKey } });
      return recordEvents(ctx, c, [moved], { audited: true });
    }
    const original = await originalOf(ctx.tx, c, data);
    const closed = await applyChange(ctx.tx, c, {
      ...by,
      action: 'close',
      closeReason: data.reason,
      event: { kind: 'closed', data: { reason: data.reason, ...(original ? { duplicateOf: original.number } : {}) }, idempotencyKey: data.idempotencyKey },
    });
    if (closed && original) await ctx.tx.update(complaints).set({ duplicateOfId: original.id }).where(eq(complaints.id, c.id));
    return recordEvents(ctx, c, [closed], { audited: true });
  },
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as setStatusInput };
