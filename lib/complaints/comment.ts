import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { consume } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/verb';
import { applyChange } from './apply';
import { idempotencyKeyField, messageField, piiDecisionField, uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { guardPersonalData } from './pii-guard';
import { assertComplaint, canComplaint } from './policy';
import { continuePrivately } from './private-case';
import { assertStanding } from '@/lib/policy';

const input = z.object({ complaintId: uuidField, body: messageField, piiDecision: piiDecisionField, idempotencyKey: idempotencyKeyField });

export type CommentInput = z.input<typeof input>;

/** A member's public comment on a complaint that is still open. Only the author can keep data in the private case. */
export async function commentOnComplaint({ actor, input: raw }: { actor: Actor; input: CommentInput }) {
  assertStanding(actor, 'write');
  const data = parseInput(input, raw);
  await consume('post', actor.id);
  return mutateComplaint(data.complaintId, false, async (tx, c, facts) => {
    assertComplaint(actor, 'comment', facts);
    const guarded = guardPersonalData({ body: data.body }, data.piiDecision, canComplaint(actor, 'private_message', facts));
    const now = new Date();
    // A comment never moves the lifecycle nor counts as the company answering, whoever writes it.
    const said = await applyChange(tx, c, { actorId: actor.id, party: 'author', event: { kind: 'comment', bodyMd: guarded.public.body, idempotencyKey: data.idempotencyKey }, now });
    if (!said) return [];
    await tx.update(complaints).set({ commentCount: sql`${complaints.commentCount} + 1` }).where(eq(complaints.id, c.id));
    if (!guarded.kept) return [said];
    return [said, ...(await continuePrivately(tx, said.complaint, actor.id, guarded.kept.body, { fromGuard: true }, now))];
  });
}
