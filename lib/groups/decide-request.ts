import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupJoinRequests } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { addMember, announceGroupChange, lockGroup } from './membership';

const input = z.object({ requestId: idField, decision: z.enum(['approve', 'reject'], 'errors.invalidField') });

const STATUS = { approve: 'approved', reject: 'rejected' } as const;

/**
 * Owners, moderators and staff answer. Answering the same way twice (two moderators, a double click)
 * changes nothing more; answering the other way after a decision is a conflict.
 */
export const decideGroupJoinRequest = defineVerb({
  name: 'groups.decide_request',
  input,
  load: async (db, { requestId }, actor) => {
    const [found] = await db.select({ groupId: groupJoinRequests.groupId }).from(groupJoinRequests).where(eq(groupJoinRequests.id, requestId));
    if (!found) throw new NotFound();
    const group = await lockGroup(db, actor, found.groupId);
    // Read under the group's lock: another moderator may have answered a moment ago.
    const [request] = await db.select().from(groupJoinRequests).where(eq(groupJoinRequests.id, requestId));
    if (!request) throw new NotFound();
    return { group, request };
  },
  policy: (actor, { group }) => refusal(actor, 'moderate:group', group),
  run: async (ctx, { decision }, { group, request }) => {
    const status = STATUS[decision];
    announceGroupChange(ctx, group.id);
    if (request.status === status) return { status };
    if (request.status !== 'pending') throw new Conflict('groups.errors.alreadyDecided');
    if (decision === 'approve') {
      await addMember(ctx.tx, group.id, request.userId, ctx.actor.id);
      await ctx.notify([{ userId: request.userId, kind: 'group_join_approved', actorId: ctx.actor.id, groupId: group.id }]);
    } else {
      await ctx.tx.update(groupJoinRequests).set({ status, decidedBy: ctx.actor.id, decidedAt: ctx.now }).where(eq(groupJoinRequests.id, request.id));
    }
    await ctx.audit({ action: `group.request_${status}`, targetType: 'group', targetId: group.id, after: { userId: request.userId } });
    return { status };
  },
});
