import { z } from 'zod';
import { getDb } from '@/db/client';
import { communitySettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';

// An unticked checkbox sends nothing: absent means "no".
const input = z.object({ membersCreateGroups: z.union([z.boolean(), z.literal('on').transform(() => true)]).optional().transform((v) => v ?? false) });

/** The manager decides whether members, and not only staff, may start groups. */
export async function setMembersCreateGroups({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'update:brand');
  const { membersCreateGroups } = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const set = { membersCreateGroups, updatedAt: new Date(), updatedBy: actor.id };
    await tx.insert(communitySettings).values({ id: 1, name: 'Tertulia', ...set }).onConflictDoUpdate({ target: communitySettings.id, set });
    await recordAudit(tx, { actorId: actor.id, action: 'settings.members_create_groups', targetType: 'community', targetId: '1', after: { membersCreateGroups } });
  });
  return { membersCreateGroups };
}
