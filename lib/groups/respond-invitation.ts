import { Forbidden } from '@/lib/errors';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groupInvitations, groups } from '@/db/schema';
import { isActive, type Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { addMember, announceGroupChange, idField } from './membership';

const input = z.object({ groupId: idField, response: z.enum(['accept', 'decline'], 'errors.invalidField') });

/**
 * The invitation itself is the permission: it opens even a private group to the person invited.
 * Without one (never invited, or already answered) there is nothing to answer.
 */
export async function respondToGroupInvitation({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  if (!(isActive(actor))) throw new Forbidden();
  const { groupId, response } = parseInput(input, raw);
  const mine = and(eq(groupInvitations.groupId, groupId), eq(groupInvitations.userId, actor.id));
  const joined = await getDb().transaction(async (tx) => {
    await tx.select({ id: groups.id }).from(groups).where(eq(groups.id, groupId)).for('update');
    const [invitation] = await tx.select({ invitedBy: groupInvitations.invitedBy }).from(groupInvitations).where(mine);
    if (!invitation) throw new NotFound();
    if (response === 'decline') {
      await tx.delete(groupInvitations).where(mine);
      return false;
    }
    return addMember(tx, groupId, actor.id, invitation.invitedBy);
  });
  announceGroupChange(groupId);
  return { joined };
}
