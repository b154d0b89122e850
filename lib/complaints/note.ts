import { z } from 'zod';
import { defineVerb } from '@/lib/verb';
import { applyChange } from './apply';
import { idempotencyKeyField, messageField, uuidField } from './fields';
import { recordEvents } from './record';
import { onComplaint } from './target';

const input = z.object({ complaintId: uuidField, body: messageField, idempotencyKey: idempotencyKeyField });

export type NoteInput = z.input<typeof input>;

/** An internal note: staff talking to staff on the timeline, never shown to members. */
export const addInternalNote = defineVerb({
  name: 'complaints.note',
  input,
  ...onComplaint('manage:complaint'),
  run: async (ctx, data, { complaint: c }) =>
    recordEvents(ctx, c, [await applyChange(ctx.tx, c, { actorId: ctx.actor.id, party: 'staff', event: { kind: 'note', visibility: 'internal', bodyMd: data.body, idempotencyKey: data.idempotencyKey } })], { audited: true }),
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as noteInput };
