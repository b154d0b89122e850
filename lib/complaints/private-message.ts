import { z } from 'zod';
import { hasRole } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { idempotencyKeyField, messageField, uuidField } from './fields';
import { continuePrivately } from './private-case';
import { recordEvents } from './record';
import { onComplaint } from './target';

const input = z.object({ complaintId: uuidField, body: messageField, idempotencyKey: idempotencyKeyField });

export type PrivateMessageInput = z.input<typeof input>;

/** The private case: personal details between the author and staff, never on the public timeline. A silenced author keeps it. */
export const sendPrivateMessage = defineVerb({
  name: 'complaints.privateMessage',
  input,
  standing: 'active',
  ...onComplaint('message_private:complaint'),
  run: async (ctx, data, { complaint: c }) =>
    recordEvents(ctx, c, await continuePrivately(ctx.tx, c, ctx.actor.id, data.body, undefined, ctx.now, data.idempotencyKey), { audited: hasRole(ctx.actor, 'staff') }),
});
