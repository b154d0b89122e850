import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { announceGroupChange, idField, lockGroup, removeMember } from './membership';

const input = z.object({ groupId: idField, userId: idField });

/** Owners and staff; removing someone already gone changes nothing. The last owner stays. */
export async function removeGroupMember({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const { groupId, userId } = parseInput(input, raw);
  const removed = await getDb().transaction(async (tx) => {
    await lockGroup(tx, actor, groupId, 'manage:group');
    if (!(await removeMember(tx, groupId, userId))) return false;
    await recordAudit(tx, { actorId: actor.id, action: 'group.remove_member', targetType: 'group', targetId: groupId, before: { userId } });
    return true;
  });
  if (removed) announceGroupChange(groupId);
  return { removed };
}
