import { z } from 'zod';
import { refusal } from '@/lib/policy';
import { defineVerb, type VerbContext } from '@/lib/verb';
import { applyChange, type ComplaintRow } from './apply';
import { assignIn, assignmentFields, checkAssignment } from './assign';
import { priorityField, uuidField } from './fields';
import { type Applied, recordEvents } from './record';
import { prioritizeIn } from './set-priority';
import { lockTargets, refusalOfAny } from './target';

export const MAX_BULK = 100;

const ids = { complaintIds: z.array(uuidField).min(1, 'complaints.errors.noneSelected').max(MAX_BULK, 'complaints.errors.tooMany') };

const input = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), ...ids, ...assignmentFields }),
  z.object({ action: z.literal('priority'), ...ids, priority: priorityField }),
  z.object({ action: z.literal('start_progress'), ...ids }),
  z.object({ action: z.literal('close'), ...ids, reason: z.enum(['not_actionable', 'no_response'], 'complaints.errors.closeReason') }),
]);

export type BulkInput = z.input<typeof input>;

async function change({ tx, actor }: VerbContext, c: ComplaintRow, data: z.output<typeof input>): Promise<Applied> {
  switch (data.action) {
    case 'assign':
      return assignIn(tx, actor, c, data);
    case 'priority':
      return prioritizeIn(tx, actor, c, data.priority);
    case 'start_progress':
      // Already in progress is what was asked for; it is not an error in a batch.
      if (c.status === 'in_progress') return null;
      return applyChange(tx, c, { actorId: actor.id, party: 'staff', action: 'start_progress', event: { kind: 'status_changed' } });
    case 'close':
      return applyChange(tx, c, { actorId: actor.id, party: 'staff', action: 'close', closeReason: data.reason, event: { kind: 'closed', data: { reason: data.reason } } });
  }
}

/** One action on many complaints from the inbox: all of them, or none if one cannot take it. */
export const bulkUpdateComplaints = defineVerb({
  name: 'complaints.bulk',
  input,
  load: (db, data) => lockTargets(db, data.complaintIds),
  policy: (actor, targets, data) => refusalOfAny(targets, ({ facts }) => refusal(actor, data.action === 'assign' || data.action === 'priority' ? 'manage:complaint' : 'answer:complaint', facts)),
  run: async (ctx, data, targets) => {
    if (data.action === 'assign') await checkAssignment(ctx.tx, data);
    let changed = 0;
    for (const { complaint } of targets) if ((await recordEvents(ctx, complaint, [await change(ctx, complaint, data)], { audited: true })).events.length > 0) changed++;
    return { changed };
  },
});
