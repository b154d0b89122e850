import { z } from 'zod';
import { groupMembers, groups } from '@/db/schema';
import { hasRole, refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { groupFields } from './fields';
import { membersMayCreateGroups } from './queries';
import { freeSlug } from './slug';

/** The creator becomes the group's first owner. */
export const createGroup = defineVerb({
  name: 'groups.create',
  input: z.object(groupFields),
  load: (db) => membersMayCreateGroups(db),
  policy: (actor, membersMay) => refusal(actor, 'create:group', membersMay),
  run: async ({ tx, actor }, data) => {
    // Another group may take the same slug between looking and writing: then look again.
    for (;;) {
      const slug = await freeSlug(tx, data.name);
      const [group] = await tx
        .insert(groups)
        .values({ ...data, slug, memberCount: 1, createdBy: actor.id })
        .onConflictDoNothing({ target: groups.slug })
        .returning({ id: groups.id, slug: groups.slug });
      if (!group) continue;
      await tx.insert(groupMembers).values({ groupId: group.id, userId: actor.id, role: 'owner' });
      return group;
    }
  },
  // Staff act for the community; a member starting a group of their own is no staff action.
  audit: (group, data, _, actor) => (hasRole(actor, 'staff') ? { action: 'group.create', targetType: 'group', targetId: group.id, after: { ...data, slug: group.slug } } : null),
});
