import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groups } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { groupFields } from './fields';
import { announceGroupChange, idField, lockGroup } from './membership';

const input = z.object({ groupId: idField, ...groupFields });

export type UpdateGroupInput = z.input<typeof input>;

/** The slug stays as it was, so links already shared keep working after a rename. */
export async function updateGroup({ actor, input: raw }: { actor: Actor; input: UpdateGroupInput }) {
  const { groupId, ...data } = parseInput(input, raw);
  const group = await getDb().transaction(async (tx) => {
    await lockGroup(tx, actor, groupId, 'manage:group');
    const [before] = await tx
      .select({ name: groups.name, description: groups.description, visibility: groups.visibility })
      .from(groups)
      .where(eq(groups.id, groupId));
    const [after] = await tx.update(groups).set(data).where(eq(groups.id, groupId)).returning({ id: groups.id, slug: groups.slug });
    await recordAudit(tx, { actorId: actor.id, action: 'group.update', targetType: 'group', targetId: groupId, before, after: data });
    return after!;
  });
  announceGroupChange(groupId);
  return group;
}
