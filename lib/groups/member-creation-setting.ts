import { z } from 'zod';
import { communitySettings } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';

// An unticked checkbox sends nothing: absent means "no".
const input = z.object({ membersCreateGroups: z.union([z.boolean(), z.literal('on').transform(() => true)]).optional().transform((v) => v ?? false) });

/** The manager decides whether members, and not only staff, may start groups (the target of 'create:group'). */
export const setMembersCreateGroups = defineVerb({
  name: 'groups.members_create_groups',
  input,
  policy: (actor) => refusal(actor, 'update:brand'),
  run: async ({ tx, actor, now }, { membersCreateGroups }) => {
    const set = { membersCreateGroups, updatedAt: now, updatedBy: actor.id };
    await tx.insert(communitySettings).values({ id: 1, name: 'Tertulia', ...set }).onConflictDoUpdate({ target: communitySettings.id, set });
    return { membersCreateGroups };
  },
  audit: (result) => ({ action: 'settings.members_create_groups', targetType: 'community', targetId: '1', after: result }),
});
