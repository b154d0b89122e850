import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupInvitations, users } from '@/db/schema';
import { Conflict, Invalid } from '@/lib/errors';
import { isActive } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { announceGroupChange, onGroup, roleOf } from './membership';

/** Owners, moderators and staff invite an active account; inviting twice tells the person once. */
export const inviteToGroup = defineVerb({
  name: 'groups.invite',
  input: z.object({ groupId: idField, userId: idField }),
  ...onGroup('moderate:group'),
  run: async (ctx, { groupId, userId }) => {
    const [invitee] = await ctx.tx.select({ status: users.status, statusUntil: users.statusUntil }).from(users).where(eq(users.id, userId));
    if (!invitee || !isActive(invitee)) throw new Invalid({ userId: ['errors.invalidField'] });
    if ((await roleOf(ctx.tx, groupId, userId)) !== null) throw new Conflict('groups.errors.alreadyMember');
    announceGroupChange(ctx, groupId);
    const [created] = await ctx.tx.insert(groupInvitations).values({ groupId, userId, invitedBy: ctx.actor.id }).onConflictDoNothing().returning({ userId: groupInvitations.userId });
    if (!created) return { invited: false };
    await ctx.audit({ action: 'group.invite', targetType: 'group', targetId: groupId, after: { userId } });
    const notified = await ctx.notify([{ userId, kind: 'group_invitation', actorId: ctx.actor.id, groupId }]);
    return { invited: notified.length > 0 };
  },
});
