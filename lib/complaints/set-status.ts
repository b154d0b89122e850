import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Invalid } from '@/lib/errors';
import { optionalOf } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { applyChange } from './apply';
import { idempotencyKeyField, uuidField } from './fields';
import { STAFF_CLOSE_REASONS } from './lifecycle';
import { mutateComplaint } from './mutate';
import { assertComplaint } from './policy';

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

/** Staff move a complaint along: start work, close it with a reason, or bring a finished one back. */
export async function setComplaintStatus({ actor, input: raw }: { actor: Actor; input: SetStatusInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, true, async (tx, c, facts) => {
    assertComplaint(actor, 'answer', facts);
    if (data.action !== 'close') {
      return [await applyChange(tx, c, { actorId: actor.id, party: 'staff', action: data.action, event: { kind: data.action === 'reopen' ? 'reopened' : 'status_changed', idempotencyKey: data.idempotencyKey } })];
    }
    let duplicateOf: { id: string; number: number } | undefined;
    if (data.reason === 'duplicate') {
      if (!data.duplicateOf) throw new Invalid({ duplicateOf: ['complaints.errors.duplicateOf'] });
      [duplicateOf] = await tx.select({ id: complaints.id, number: complaints.number }).from(complaints).where(and(eq(complaints.number, data.duplicateOf), ne(complaints.id, c.id))).limit(1);
      if (!duplicateOf) throw new Invalid({ duplicateOf: ['complaints.errors.duplicateOf'] });
    }
    const closed = await applyChange(tx, c, {
      actorId: actor.id,
      party: 'staff',
      action: 'close',
      closeReason: data.reason,
      event: { kind: 'closed', data: { reason: data.reason, ...(duplicateOf ? { duplicateOf: duplicateOf.number } : {}) }, idempotencyKey: data.idempotencyKey },
    });
    if (closed && duplicateOf) await tx.update(complaints).set({ duplicateOfId: duplicateOf.id }).where(eq(complaints.id, c.id));
    return [closed];
  });
}
