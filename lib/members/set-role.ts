import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { refusal, ROLES } from '@/lib/policy';
import { disconnectUser } from '@/lib/realtime/publish';
import { optionalText } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { lockAccount } from './queries';

/** A manager makes someone staff or manager, or a member again. Suspending and banning are sanctions (lib/moderation/sanction.ts). */
export const setMemberRole = defineVerb({
  name: 'members.set_role',
  input: z.object({
    userId: z.uuid('errors.invalidField'),
    role: z.enum(ROLES, 'errors.invalidField'),
    // Staff sign their official answers with it: "Laura · Atención al socio".
    staffTitle: optionalText(60),
  }),
  load: (db, data) => lockAccount(db, data.userId),
  policy: (actor, user) => refusal(actor, 'set_role:user', user),
  run: async (ctx, data, user) => {
    const staffTitle = data.role === 'member' ? null : data.staffTitle;
    await ctx.tx.update(users).set({ role: data.role, staffTitle }).where(eq(users.id, user.id));
    // Open sockets joined rooms for the old role; they reconnect and are placed anew.
    ctx.afterCommit(() => disconnectUser(user.id));
    return { staffTitle };
  },
  audit: ({ staffTitle }, data, user) => ({
    action: 'account.set_role',
    targetType: 'user',
    targetId: user.id,
    before: { role: user.role, staffTitle: user.staffTitle },
    after: { role: data.role, staffTitle },
  }),
});
