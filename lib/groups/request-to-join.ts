import { z } from 'zod';
import { groupJoinRequests } from '@/db/schema';
import { optionalText } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { announceGroupChange, groupModeratorIds, onGroup } from './membership';

/**
 * One pending request per person and group (a unique index): pressing twice leaves one request and
 * tells the moderators once. Kept by a silenced member.
 */
export const requestToJoin = defineVerb({
  name: 'groups.request_to_join',
  input: z.object({ groupId: idField, message: optionalText(500) }),
  standing: 'active',
  ...onGroup('request:group'),
  run: async (ctx, { groupId, message }, group) => {
    if (group.myRole !== null) return { status: 'member' as const };
    const [created] = await ctx.tx.insert(groupJoinRequests).values({ groupId, userId: ctx.actor.id, message }).onConflictDoNothing().returning({ id: groupJoinRequests.id });
    if (!created) return { status: 'pending' as const };
    const moderators = await groupModeratorIds(ctx.tx, groupId);
    const notified = await ctx.notify(moderators.map((userId) => ({ userId, kind: 'group_join_request' as const, actorId: ctx.actor.id, groupId })));
    if (notified.length > 0) announceGroupChange(ctx, groupId);
    return { status: 'pending' as const };
  },
});
