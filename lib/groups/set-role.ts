import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groupMembers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { announceGroupChange, idField, keepAnOwner, lockGroup, roleOf } from './membership';

const input = z.object({ groupId: idField, userId: idField, role: z.enum(['member', 'moderator', 'owner'], 'errors.invalidField') });

/** Owners and staff; an owner may step down only while another owner remains. */
export async function setGroupRole({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const { groupId, userId, role } = parseInput(input, raw);
  const changed = await getDb().transaction(async (tx) => {
    await lockGroup(tx, actor, groupId, 'manage:group');
    const before = await roleOf(tx, groupId, userId);
    if (before === null) throw new NotFound();
    if (before === role) return false;
    if (before === 'owner') await keepAnOwner(tx, groupId, userId);
    await tx.update(groupMembers).set({ role }).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
    await recordAudit(tx, { actorId: actor.id, action: 'group.set_role', targetType: 'group', targetId: groupId, before: { userId, role: before }, after: { userId, role } });
    return true;
  });
  if (changed) announceGroupChange(groupId);
  return { changed };
}
