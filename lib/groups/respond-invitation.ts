import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupInvitations } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { addMember, announceGroupChange, lockGroupRow } from './membership';

const input = z.object({ groupId: idField, response: z.enum(['accept', 'decline'], 'errors.invalidField') });

const invitationOf = (groupId: string, userId: string) => and(eq(groupInvitations.groupId, groupId), eq(groupInvitations.userId, userId));

/**
 * The invitation itself is the permission: it opens even a private group to the person invited, and a
 * silenced member may still answer it. Without one (never invited, or already answered) there is
 * nothing to answer.
 */
export const respondToGroupInvitation = defineVerb({
  name: 'groups.respond_invitation',
  input,
  standing: 'active',
  load: async (db, { groupId }, actor) => {
    await lockGroupRow(db, groupId);
    const [invitation] = await db.select({ invitedBy: groupInvitations.invitedBy }).from(groupInvitations).where(invitationOf(groupId, actor.id));
    if (!invitation) throw new NotFound();
    return invitation;
  },
  run: async (ctx, { groupId, response }, invitation) => {
    announceGroupChange(ctx, groupId);
    if (response === 'accept') return { joined: await addMember(ctx.tx, groupId, ctx.actor.id, invitation.invitedBy) };
    await ctx.tx.delete(groupInvitations).where(invitationOf(groupId, ctx.actor.id));
    return { joined: false };
  },
});
