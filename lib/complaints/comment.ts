import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaints } from '@/db/schema';
import { assertCan, can } from '@/lib/policy';
import { consume } from '@/lib/security/rate-limit';
import { defineVerb } from '@/lib/verb';
import { applyChange } from './apply';
import { idempotencyKeyField, messageField, piiDecisionField, uuidField } from './fields';
import { guardPersonalData } from './pii-guard';
import { continuePrivately } from './private-case';
import { recordEvents } from './record';
import { lockTarget, onComplaint } from './target';

const input = z.object({ complaintId: uuidField, body: messageField, piiDecision: piiDecisionField, idempotencyKey: idempotencyKeyField });

export type CommentInput = z.input<typeof input>;

/** A member's public comment on a complaint that is still open. Only the author can keep data in the private case. */
export const commentOnComplaint = defineVerb({
  name: 'complaints.comment',
  input,
  ...onComplaint('comment:complaint'),
  prepare: async (data, { facts }, actor) => {
    const guarded = guardPersonalData({ body: data.body }, data.piiDecision, can(actor, 'message_private:complaint', facts));
    await consume('post', actor.id);
    return guarded;
  },
  run: async (ctx, data, { complaint }, guarded) => {
    // Read before the rate limit, outside the transaction: locked now, and asked again, since it may have ended meanwhile.
    const { complaint: c, facts } = await lockTarget(ctx.tx, complaint.id);
    assertCan(ctx.actor, 'comment:complaint', facts);
    // A comment never moves the lifecycle nor counts as the company answering, whoever writes it.
    const said = await applyChange(ctx.tx, c, { actorId: ctx.actor.id, party: 'author', event: { kind: 'comment', bodyMd: guarded.public.body, idempotencyKey: data.idempotencyKey }, now: ctx.now });
    if (said) await ctx.tx.update(complaints).set({ commentCount: sql`${complaints.commentCount} + 1` }).where(eq(complaints.id, c.id));
    const kept = said && guarded.kept ? await continuePrivately(ctx.tx, said.complaint, ctx.actor.id, guarded.kept.body, { fromGuard: true }, ctx.now) : [];
    return recordEvents(ctx, c, [said, ...kept]);
  },
});
