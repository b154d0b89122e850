import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groupInvitations, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { isActive, type Actor } from '@/lib/policy';
import { Conflict, Invalid } from '@/lib/errors';
import { writeNotifications } from '@/lib/notifications/write';
import { parseInput } from '@/lib/verb';
import { announceGroupChange, idField, lockGroup, roleOf } from './membership';

const input = z.object({ groupId: idField, userId: idField });

/** Owners, moderators and staff invite an active account; inviting twice tells the person once. */
export async function inviteToGroup({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const { groupId, userId } = parseInput(input, raw);
  const notified = await getDb().transaction(async (tx) => {
    await lockGroup(tx, actor, groupId, 'moderate:group');
    const [invitee] = await tx.select({ status: users.status, statusUntil: users.statusUntil }).from(users).where(eq(users.id, userId));
    if (!invitee || !isActive(invitee)) throw new Invalid({ userId: ['errors.invalidField'] });
    if ((await roleOf(tx, groupId, userId)) !== null) throw new Conflict('groups.errors.alreadyMember');
    const [created] = await tx.insert(groupInvitations).values({ groupId, userId, invitedBy: actor.id }).onConflictDoNothing().returning({ userId: groupInvitations.userId });
    if (!created) return [];
    await recordAudit(tx, { actorId: actor.id, action: 'group.invite', targetType: 'group', targetId: groupId, after: { userId } });
    return writeNotifications(tx, actor.id, [{ userId, kind: 'group_invitation', actorId: actor.id, groupId }]);
  });
  announceGroupChange(groupId, notified);
  return { invited: notified.length > 0 };
}
