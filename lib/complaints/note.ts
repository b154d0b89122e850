import { z } from 'zod';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { applyChange } from './apply';
import { idempotencyKeyField, messageField, uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { assertComplaint } from './policy';

const input = z.object({ complaintId: uuidField, body: messageField, idempotencyKey: idempotencyKeyField });

export type NoteInput = z.input<typeof input>;

/** An internal note: staff talking to staff on the timeline, never shown to members. */
export async function addInternalNote({ actor, input: raw }: { actor: Actor; input: NoteInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, true, async (tx, c, facts) => {
    assertComplaint(actor, 'manage', facts);
    return [await applyChange(tx, c, { actorId: actor.id, party: 'staff', event: { kind: 'note', visibility: 'internal', bodyMd: data.body, idempotencyKey: data.idempotencyKey } })];
  });
}
