import { z } from 'zod';
import { getDb } from '@/db/client';
import { groupJoinRequests } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { writeNotifications } from '@/lib/notifications/write';
import { optionalText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceGroupChange, groupModeratorIds, idField, lockGroup } from './membership';

const input = z.object({ groupId: idField, message: optionalText(500) });

/**
 * One pending request per person and group (a unique index): pressing twice leaves one request and
 * tells the moderators once.
 */
export async function requestToJoin({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const { groupId, message } = parseInput(input, raw);
  const result = await getDb().transaction(async (tx) => {
    const group = await lockGroup(tx, actor, groupId, 'know:group');
    if (group.myRole !== null) return { status: 'member' as const, notified: [] };
    if (group.visibility !== 'request') throw new Forbidden('groups.errors.notByRequest');
    const [created] = await tx.insert(groupJoinRequests).values({ groupId, userId: actor.id, message }).onConflictDoNothing().returning({ id: groupJoinRequests.id });
    if (!created) return { status: 'pending' as const, notified: [] };
    const moderators = await groupModeratorIds(tx, groupId);
    const notified = await writeNotifications(
      tx,
      actor.id,
      moderators.map((userId) => ({ userId, kind: 'group_join_request' as const, actorId: actor.id, groupId })),
    );
    return { status: 'pending' as const, notified };
  });
  if (result.notified.length > 0) announceGroupChange(groupId, result.notified);
  return { status: result.status };
}

