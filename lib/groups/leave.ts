import { z } from 'zod';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { announceGroupChange, onGroup, removeMember } from './membership';

/** Kept by a silenced member. The last owner is asked to hand the group over first (groups.errors.lastOwner). */
export const leaveGroup = defineVerb({
  name: 'groups.leave',
  input: z.object({ groupId: idField }),
  standing: 'active',
  ...onGroup('know:group'),
  run: async (ctx, { groupId }) => {
    const left = await removeMember(ctx.tx, groupId, ctx.actor.id);
    if (left) announceGroupChange(ctx, groupId);
    return { left };
  },
});
