import { z } from 'zod';
import { getDb } from '@/db/client';
import { invitations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor, ROLES } from '@/lib/policy';
import { emailField, optionalOf, optionalText } from '@/lib/validation/fields';
import { newInvitationCode } from '@/lib/security/tokens';
import { parseInput } from '@/lib/verb';
import { sendInvitationMail } from './mail';

const input = z.object({
  email: optionalOf(emailField),
  note: optionalText(200),
  role: z.enum(ROLES, 'errors.invalidField').default('member'),
  maxUses: z.coerce.number().int('errors.invalidField').min(1, 'errors.invalidField').max(500, 'errors.invalidField').default(1),
  expiresInDays: z.coerce.number().int('errors.invalidField').min(1, 'errors.invalidField').max(90, 'errors.invalidField').default(14),
});

export type CreateInvitationInput = z.input<typeof input>;

/** Returns the code once; only its hash is stored. With an e-mail, the link is also sent there. */
export async function createInvitation({ actor, input: raw }: { actor: Actor; input: CreateInvitationInput }) {
  const data = parseInput(input, raw);
  assertCan(actor, 'invite:role', data.role);
  // A personal invitation is for one person.
  const maxUses = data.email ? 1 : data.maxUses;
  const { code, hash } = newInvitationCode();
  const expiresAt = new Date(Date.now() + data.expiresInDays * 86_400_000);
  const invitation = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({ codeHash: hash, email: data.email, note: data.note, role: data.role, maxUses, expiresAt, createdBy: actor.id })
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'invitation.create',
      targetType: 'invitation',
      targetId: row!.id,
      after: { role: data.role, maxUses, expiresAt, personal: data.email !== null },
    });
    return row!;
  });
  if (data.email) await sendInvitationMail(data.email, code, actor.id);
  return { id: invitation.id, code, expiresAt, maxUses, role: data.role };
}
