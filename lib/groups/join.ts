import { z } from 'zod';
import { defineVerb } from '@/lib/verb';
import { idField } from './fields';
import { addMember, announceGroupChange, onGroup } from './membership';

/** Who may join is the policy's 'join:group'. Pressing twice leaves one membership. */
export const joinGroup = defineVerb({
  name: 'groups.join',
  input: z.object({ groupId: idField }),
  standing: 'active',
  ...onGroup('join:group'),
  run: async (ctx, { groupId }, group) => {
    const joined = group.myRole === null && (await addMember(ctx.tx, groupId, ctx.actor.id, ctx.actor.id));
    if (joined) announceGroupChange(ctx, groupId);
    return { joined };
  },
});
