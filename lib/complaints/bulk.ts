import { z } from 'zod';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { applyChange } from './apply';
import { assignIn, assignmentFields, checkAssignment } from './assign';
import { priorityField, uuidField } from './fields';
import { mutateComplaints } from './mutate';
import { assertComplaint } from './policy';
import { prioritizeIn } from './set-priority';

export const MAX_BULK = 100;

const ids = { complaintIds: z.array(uuidField).min(1, 'complaints.errors.noneSelected').max(MAX_BULK, 'complaints.errors.tooMany') };

const input = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), ...ids, ...assignmentFields }),
  z.object({ action: z.literal('priority'), ...ids, priority: priorityField }),
  z.object({ action: z.literal('start_progress'), ...ids }),
  z.object({ action: z.literal('close'), ...ids, reason: z.enum(['not_actionable', 'no_response'], 'complaints.errors.closeReason') }),
]);

export type BulkInput = z.input<typeof input>;

/** One action on many complaints from the inbox: all of them, or none if one cannot take it. */
export async function bulkUpdateComplaints({ actor, input: raw }: { actor: Actor; input: BulkInput }) {
  const data = parseInput(input, raw);
  const { done } = await mutateComplaints(data.complaintIds, true, async (tx, c, facts) => {
    assertComplaint(actor, data.action === 'assign' || data.action === 'priority' ? 'manage' : 'answer', facts);
    switch (data.action) {
      case 'assign':
        await checkAssignment(tx, data);
        return [await assignIn(tx, actor, c, data)];
      case 'priority':
        return [await prioritizeIn(tx, actor, c, data.priority)];
      case 'start_progress':
        // Already in progress is what was asked for; it is not an error in a batch.
        if (c.status === 'in_progress') return [];
        return [await applyChange(tx, c, { actorId: actor.id, party: 'staff', action: 'start_progress', event: { kind: 'status_changed' } })];
      case 'close':
        return [await applyChange(tx, c, { actorId: actor.id, party: 'staff', action: 'close', closeReason: data.reason, event: { kind: 'closed', data: { reason: data.reason } } })];
    }
  });
  return { changed: done.filter((d) => d.events.length > 0).length };
}
