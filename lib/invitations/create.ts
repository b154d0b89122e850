import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { invitations, users } from '@/db/schema';
import { refusal, ROLES } from '@/lib/policy';
import { newInvitationCode } from '@/lib/security/tokens';
import { emailField, optionalOf, optionalText } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { queueInvitationMail } from './mail';

const input = z.object({
  email: optionalOf(emailField),
  note: optionalText(200),
  role: z.enum(ROLES, 'errors.invalidField').default('member'),
  maxUses: z.coerce.number().int('errors.invalidField').min(1, 'errors.invalidField').max(500, 'errors.invalidField').default(1),
  expiresInDays: z.coerce.number().int('errors.invalidField').min(1, 'errors.invalidField').max(90, 'errors.invalidField').default(14),
});

/** Returns the code once; only its hash is stored. With an e-mail, the link is also sent there. */
export const createInvitation = defineVerb({
  name: 'invitations.create',
  input,
  policy: (actor, _, data) => refusal(actor, 'invite:role', data.role),
  run: async (ctx, data) => {
    // A personal invitation is for one person.
    const maxUses = data.email ? 1 : data.maxUses;
    const { code, hash } = newInvitationCode();
    const expiresAt = new Date(ctx.now.getTime() + data.expiresInDays * 86_400_000);
    const [row] = await ctx.tx
      .insert(invitations)
      .values({ codeHash: hash, email: data.email, note: data.note, role: data.role, maxUses, expiresAt, createdBy: ctx.actor.id })
      .returning({ id: invitations.id });
    if (data.email) {
      const [inviter] = await ctx.tx.select({ name: users.displayName }).from(users).where(eq(users.id, ctx.actor.id));
      await queueInvitationMail(ctx.tx, { address: data.email, locale: null }, { code, inviter: inviter?.name ?? null }, ctx.afterCommit);
    }
    return { id: row!.id, code, expiresAt, maxUses, role: data.role };
  },
  // Never the code: the audit log is read by more people than the one it was given to.
  audit: ({ id, role, maxUses, expiresAt }, data) => ({ action: 'invitation.create', targetType: 'invitation', targetId: id, after: { role, maxUses, expiresAt, personal: data.email !== null } }),
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as invitationInput };
