import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { joinRequests } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { createAccount } from '@/lib/members/create-account';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { optionalText } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { queueApprovedMail, queueRejectedMail } from './mail';

const input = z.object({
  requestId: z.uuid('errors.invalidField'),
  decision: z.enum(['approve', 'reject'], 'errors.invalidField'),
  note: optionalText(500),
});

/** Approving creates the member's account with the password they chose when asking. */
export const decideJoinRequest = defineVerb({
  name: 'join_requests.decide',
  input,
  load: async (db, { requestId }) => {
    const [request] = await db.select().from(joinRequests).where(eq(joinRequests.id, requestId)).for('update').limit(1);
    if (!request) throw new NotFound();
    return request;
  },
  policy: (actor) => refusal(actor, 'decide:join_request'),
  run: async (ctx, { decision, note }, req) => {
    if (req.status !== 'pending') throw new Conflict('staff.joinRequests.alreadyDecided');
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const userId =
      decision === 'approve'
        ? (
            await createAccount(ctx.tx, {
              email: req.email,
              displayName: req.displayName,
              passwordHash: req.passwordHash,
              role: 'member',
              locale: req.locale,
              membershipNumber: req.membershipNumber,
            })
          ).id
        : null;
    await ctx.tx
      .update(joinRequests)
      .set({ status, decidedBy: ctx.actor.id, decidedAt: ctx.now, decisionNote: note })
      .where(and(eq(joinRequests.id, req.id), eq(joinRequests.status, 'pending')));
    ctx.publish(rooms.staff, 'join-requests:changed', {});
    const to = userId ? { userId } : { address: req.email, locale: req.locale };
    await (status === 'approved' ? queueApprovedMail : queueRejectedMail)(ctx.tx, to, { name: req.displayName, note }, ctx.afterCommit);
    return { status, userId };
  },
  audit: ({ status, userId }, { note }, req) => ({ action: `join_request.${status}`, targetType: 'join_request', targetId: req.id, reason: note, after: { status, userId } }),
});
