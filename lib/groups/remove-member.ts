import { z } from 'zod';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { announceGroupChange, onGroup, removeMember } from './membership';

/** Owners and staff; removing someone already gone changes nothing. The last owner stays. */
export const removeGroupMember = defineVerb({
  name: 'groups.remove_member',
  input: z.object({ groupId: idField, userId: idField }),
  ...onGroup('manage:group'),
  run: async (ctx, { groupId, userId }) => {
    const removed = await removeMember(ctx.tx, groupId, userId);
    if (removed) announceGroupChange(ctx, groupId);
    return { removed };
  },
  audit: ({ removed }, { groupId, userId }) => (removed ? { action: 'group.remove_member', targetType: 'group', targetId: groupId, before: { userId } } : null),
});
