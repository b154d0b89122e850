import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groupJoinRequests } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { writeNotifications } from '@/lib/notifications/write';
import { parseInput } from '@/lib/verb';
import { addMember, announceGroupChange, idField, lockGroup } from './membership';

const input = z.object({ requestId: idField, decision: z.enum(['approve', 'reject'], 'errors.invalidField') });

const STATUS = { approve: 'approved', reject: 'rejected' } as const;

/**
 * Owners, moderators and staff answer. Answering the same way twice (two moderators, a double click)
 * changes nothing more; answering the other way after a decision is a conflict.
 */
export async function decideGroupJoinRequest({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const { requestId, decision } = parseInput(input, raw);
  const [found] = await getDb().select({ groupId: groupJoinRequests.groupId }).from(groupJoinRequests).where(eq(groupJoinRequests.id, requestId));
  if (!found) throw new NotFound();
  const { groupId } = found;
  const result = await getDb().transaction(async (tx) => {
    await lockGroup(tx, actor, groupId, 'moderate:group');
    const [req] = await tx.select().from(groupJoinRequests).where(eq(groupJoinRequests.id, requestId));
    if (!req) throw new NotFound();
    const status = STATUS[decision];
    if (req.status === status) return { status, notified: [] };
    if (req.status !== 'pending') throw new Conflict('groups.errors.alreadyDecided');
    if (decision === 'approve') await addMember(tx, groupId, req.userId, actor.id);
    else await tx.update(groupJoinRequests).set({ status, decidedBy: actor.id, decidedAt: new Date() }).where(eq(groupJoinRequests.id, requestId));
    await recordAudit(tx, { actorId: actor.id, action: `group.request_${status}`, targetType: 'group', targetId: groupId, after: { userId: req.userId } });
    const notified =
      decision === 'approve' ? await writeNotifications(tx, actor.id, [{ userId: req.userId, kind: 'group_join_approved', actorId: actor.id, groupId }]) : [];
    return { status, notified };
  });
  announceGroupChange(groupId, result.notified);
  return { status: result.status };
}
