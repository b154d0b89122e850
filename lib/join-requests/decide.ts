import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { joinRequests } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { createAccount } from '@/lib/members/create-account';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { optionalText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { sendApprovedMail, sendRejectedMail } from './mail';

const input = z.object({
  requestId: z.uuid('errors.invalidField'),
  decision: z.enum(['approve', 'reject'], 'errors.invalidField'),
  note: optionalText(500),
});

export type DecideJoinRequestInput = z.input<typeof input>;

/** Approving creates the member's account with the password they chose when asking. */
export async function decideJoinRequest({ actor, input: raw }: { actor: Actor; input: DecideJoinRequestInput }) {
  assertCan(actor, 'decide:join_request');
  const { requestId, decision, note } = parseInput(input, raw);
  const result = await getDb().transaction(async (tx) => {
    const [req] = await tx.select().from(joinRequests).where(eq(joinRequests.id, requestId)).for('update').limit(1);
    if (!req) throw new NotFound();
    if (req.status !== 'pending') throw new Conflict('staff.joinRequests.alreadyDecided');
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const userId =
      decision === 'approve'
        ? (
            await createAccount(tx, {
              email: req.email,
              displayName: req.displayName,
              passwordHash: req.passwordHash,
              role: 'member',
              locale: req.locale,
              membershipNumber: req.membershipNumber,
            })
          ).id
        : null;
    await tx
      .update(joinRequests)
      .set({ status, decidedBy: actor.id, decidedAt: new Date(), decisionNote: note })
      .where(and(eq(joinRequests.id, req.id), eq(joinRequests.status, 'pending')));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `join_request.${status}`,
      targetType: 'join_request',
      targetId: req.id,
      reason: note,
      after: { status, userId },
    });
    return { req, userId, status };
  });
  publish(rooms.staff, 'join-requests:changed', {});
  const { req } = result;
  if (result.status === 'approved') await sendApprovedMail(req.email, req.locale, req.displayName);
  else await sendRejectedMail(req.email, req.locale, req.displayName, note);
  return { status: result.status, userId: result.userId };
}
