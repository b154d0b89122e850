import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invitations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/verb';

const input = z.object({ invitationId: z.uuid('errors.invalidField') });

export async function revokeInvitation({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'revoke:invitation');
  const { invitationId } = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (!row) throw new NotFound();
    await recordAudit(tx, { actorId: actor.id, action: 'invitation.revoke', targetType: 'invitation', targetId: row.id });
  });
}
