import { z } from 'zod';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { announceGroupChange, idField, lockGroup, removeMember } from './membership';

const input = z.object({ groupId: idField });

/** The last owner is asked to hand the group over first (groups.errors.lastOwner). */
export async function leaveGroup({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const { groupId } = parseInput(input, raw);
  const left = await getDb().transaction(async (tx) => {
    await lockGroup(tx, actor, groupId, 'know:group');
    return removeMember(tx, groupId, actor.id);
  });
  if (left) announceGroupChange(groupId);
  return { left };
}
