import { z } from 'zod';
import { getDb } from '@/db/client';
import { hasRole, type Actor } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { addMember, announceGroupChange, idField, lockGroup } from './membership';

const input = z.object({ groupId: idField });

/**
 * Open groups take anyone in; the others are entered by request or invitation. Staff, who moderate
 * every group anyway, may join any. Pressing twice leaves one membership.
 */
export async function joinGroup({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const { groupId } = parseInput(input, raw);
  const joined = await getDb().transaction(async (tx) => {
    const group = await lockGroup(tx, actor, groupId, 'know:group');
    if (group.myRole !== null) return false;
    if (group.visibility !== 'open' && !hasRole(actor, 'staff')) throw new Forbidden('groups.errors.notOpen');
    return addMember(tx, groupId, actor.id, actor.id);
  });
  if (joined) announceGroupChange(groupId);
  return { joined };
}
