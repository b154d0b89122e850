import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { groups } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { groupFields, idField } from './fields';
import { announceGroupChange, onGroup } from './membership';

/** The slug stays as it was, so links already shared keep working after a rename. */
export const updateGroup = defineVerb({
  name: 'groups.update',
  input: z.object({ groupId: idField, ...groupFields }),
  ...onGroup('manage:group'),
  run: async (ctx, { groupId, ...data }) => {
    const [before] = await ctx.tx
      .select({ name: groups.name, description: groups.description, descriptionEn: groups.descriptionEn, visibility: groups.visibility })
      .from(groups)
      .where(eq(groups.id, groupId));
    const [after] = await ctx.tx.update(groups).set(data).where(eq(groups.id, groupId)).returning({ id: groups.id, slug: groups.slug });
    await ctx.audit({ action: 'group.update', targetType: 'group', targetId: groupId, before, after: data });
    announceGroupChange(ctx, groupId);
    return after!;
  },
});
