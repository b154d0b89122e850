import { z } from 'zod';
import { type Actor, hasRole } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { idempotencyKeyField, messageField, uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { assertComplaint } from './policy';
import { continuePrivately } from './private-case';

const input = z.object({ complaintId: uuidField, body: messageField, idempotencyKey: idempotencyKeyField });

export type PrivateMessageInput = z.input<typeof input>;

/** The private case: personal details between the author and staff, never on the public timeline. */
export async function sendPrivateMessage({ actor, input: raw }: { actor: Actor; input: PrivateMessageInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, hasRole(actor, 'staff'), async (tx, c, facts) => {
    assertComplaint(actor, 'private_message', facts);
    return continuePrivately(tx, c, actor.id, data.body, undefined, new Date(), data.idempotencyKey);
  });
}
