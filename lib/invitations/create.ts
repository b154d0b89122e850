import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { refusal, type Role, ROLES } from '@/lib/policy';
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

type NewInvitation = { email: string | null; note: string | null; role: Role; maxUses: number; expiresAt: Date; createdBy: string };

/** New invitation rows in one statement; each code is returned once, only its hash is stored (the roster import issues many). */
export async function issueInvitations(tx: Tx, list: NewInvitation[]): Promise<{ id: string; code: string }[]> {
  const issued = list.map((inv) => ({ ...inv, id: randomUUID(), ...newInvitationCode() }));
  if (issued.length > 0) await tx.insert(invitations).values(issued.map(({ code: _, hash, ...inv }) => ({ ...inv, codeHash: hash })));
  return issued.map(({ id, code }) => ({ id, code }));
}

export async function issueInvitation(tx: Tx, inv: NewInvitation): Promise<{ id: string; code: string }> {
  return (await issueInvitations(tx, [inv]))[0]!;
}

/** Returns the code once; only its hash is stored. With an e-mail, the link is also sent there. */
export const createInvitation = defineVerb({
  name: 'invitations.create',
  input,
  policy: (actor, _, data) => refusal(actor, 'invite:role', data.role),
  run: async (ctx, data) => {
    // A personal invitation is for one person.
    const maxUses = data.email ? 1 : data.maxUses;
    const expiresAt = new Date(ctx.now.getTime() + data.expiresInDays * 86_400_000);
    const { id, code } = await issueInvitation(ctx.tx, { email: data.email, note: data.note, role: data.role, maxUses, expiresAt, createdBy: ctx.actor.id });
    if (data.email) {
      const [inviter] = await ctx.tx.select({ name: users.displayName }).from(users).where(eq(users.id, ctx.actor.id));
      await queueInvitationMail(ctx.tx, { address: data.email, locale: null }, { code, inviter: inviter?.name ?? null }, ctx.afterCommit);
    }
    return { id, code, expiresAt, maxUses, role: data.role };
  },
  // Never the code: the audit log is read by more people than the one it was given to.
  audit: ({ id, role, maxUses, expiresAt }, data) => ({ action: 'invitation.create', targetType: 'invitation', targetId: id, after: { role, maxUses, expiresAt, personal: data.email !== null } }),
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as invitationInput };
