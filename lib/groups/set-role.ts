import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { announceGroupChange, keepAnOwner, onGroup, roleOf } from './membership';

const input = z.object({ groupId: idField, userId: idField, role: z.enum(['member', 'moderator', 'owner'], 'errors.invalidField') });

/** Owners and staff; an owner may step down only while another owner remains. */
export const setGroupRole = defineVerb({
  name: 'groups.set_role',
  input,
  ...onGroup('manage:group'),
  run: async (ctx, { groupId, userId, role }) => {
    const before = await roleOf(ctx.tx, groupId, userId);
    if (before === null) throw new NotFound();
    if (before === role) return { changed: false };
    if (before === 'owner') await keepAnOwner(ctx.tx, groupId, userId);
    await ctx.tx.update(groupMembers).set({ role }).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
    await ctx.audit({ action: 'group.set_role', targetType: 'group', targetId: groupId, before: { userId, role: before }, after: { userId, role } });
    announceGroupChange(ctx, groupId);
    return { changed: true };
  },
});
