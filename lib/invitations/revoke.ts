import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { invitations } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';

/** A revoked code stops working at once; the people who already joined with it stay. */
export const revokeInvitation = defineVerb({
  name: 'invitations.revoke',
  input: z.object({ invitationId: z.uuid('errors.invalidField') }),
  policy: (actor) => refusal(actor, 'revoke:invitation'),
  run: async ({ tx, now }, { invitationId }) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.id, invitationId), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (!row) throw new NotFound();
  },
  audit: (_, { invitationId }) => ({ action: 'invitation.revoke', targetType: 'invitation', targetId: invitationId }),
});
