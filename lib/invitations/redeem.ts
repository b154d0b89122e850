import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invitations } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { Gone, Invalid, NotFound } from '@/lib/errors';
import { createAccount } from '@/lib/members/create-account';
import { acceptCurrent } from '@/lib/privacy/legal';
import { consume } from '@/lib/security/rate-limit';
import { hashInvitationCode, normalizeInvitationCode } from '@/lib/security/tokens';
import { displayNameField, emailField, localeField, passwordField } from '@/lib/validation/fields';
import { definePublicVerb } from '@/lib/verb';
import { invitationState } from './status';

const input = z.object({
  code: z.string().refine((c) => normalizeInvitationCode(c) !== null, 'errors.invitationCode'),
  email: emailField,
  displayName: displayNameField,
  password: passwordField,
  locale: localeField,
  /** The request's address, for the rate limit: set by the server, never by the form. */
  ip: z.string(),
});

/** Looks an invitation up by its code, for the join page; throws Gone when it can no longer be used. */
export async function findUsableInvitation(code: string) {
  if (!normalizeInvitationCode(code)) throw new NotFound();
  const [inv] = await getDb().select().from(invitations).where(eq(invitations.codeHash, hashInvitationCode(code))).limit(1);
  if (!inv) throw new NotFound();
  const state = invitationState(inv);
  if (state !== 'active') throw new Gone(`join.invitation.${state}`);
  return { email: inv.email, role: inv.role, expiresAt: inv.expiresAt };
}

/** Joining with an invitation: the account is created and the invitation spent in one transaction. */
export const redeemInvitation = definePublicVerb({
  name: 'invitations.redeem',
  input,
  prepare: async (data) => {
    await consume('join', data.ip);
    return { passwordHash: await hashPassword(data.password) };
  },
  run: async ({ tx, audit, now }, data, _, { passwordHash }) => {
    // Locking the row makes two people racing for the last use see one winner.
    const [inv] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.codeHash, hashInvitationCode(data.code)))
      .for('update')
      .limit(1);
    if (!inv) throw new Invalid({ code: ['errors.invitationCode'] });
    const state = invitationState(inv);
    if (state !== 'active') throw new Gone(`join.invitation.${state}`);
    if (inv.email && inv.email !== data.email) throw new Invalid({ email: ['errors.invitationEmail'] });
    const user = await createAccount(tx, { email: data.email, displayName: data.displayName, passwordHash, role: inv.role, locale: data.locale });
    await tx.update(invitations).set({ uses: sql`${invitations.uses} + 1` }).where(eq(invitations.id, inv.id));
    // The form says that creating the account accepts the current terms and privacy notice: logged as such.
    await acceptCurrent(tx, user.id, now);
    // The frame's actor is nobody yet: the row names the account that has just come into being.
    await audit({ actorId: user.id, action: 'invitation.redeem', targetType: 'invitation', targetId: inv.id });
    return { userId: user.id };
  },
});
