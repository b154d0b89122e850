import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb } from '@/db/client';
import { inboundReplies } from '@/db/schema';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { Conflict, NotFound } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { defineVerb, parseInput } from '@/lib/verb';

type HeldRow = typeof inboundReplies.$inferSelect;

const decision = z.object({ id: z.uuid('errors.invalidField'), decision: z.enum(['remove', 'keep_private', 'discard'], 'errors.invalidField') });

/** The author's own held reply, locked; anyone else's does not exist for them. */
async function loadHeld(db: Executor, id: string, actor: Actor): Promise<HeldRow> {
  const [row] = await db.select().from(inboundReplies).where(eq(inboundReplies.id, id)).for('update');
  if (!row || row.userId !== actor.id) throw new NotFound();
  return row;
}

/** Closes a held reply once: published with the author's choice, or discarded. The text waits no longer. */
const settleHeldReply = defineVerb({
  name: 'inbound.settleHeld',
  input: z.object({ id: z.uuid('errors.invalidField'), status: z.enum(['published', 'discarded']) }),
  standing: 'active',
  load: (db, data, actor) => loadHeld(db, data.id, actor),
  run: async (ctx, data, row) => {
    if (row.status !== 'held') throw new Conflict('replyByMail.decide.gone');
    await ctx.tx.update(inboundReplies).set({ status: data.status, heldBody: null, decidedAt: ctx.now }).where(and(eq(inboundReplies.id, row.id), eq(inboundReplies.status, 'held')));
    return { id: row.id, status: data.status };
  },
});

/**
 * The author decides on a reply the personal-data guard held: publish it without the data, publish it
 * with the data kept in the private case, or discard it. Publishing goes through the comment verb with
 * the decision, as the page's own form would; a double submit publishes once (the key is the reply's).
 */
export async function decideHeldReply({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; status: 'published' | 'discarded'; complaintId: string | null }> {
  const data = parseInput(decision, input);
  const row = await loadHeld(getDb(), data.id, actor);
  if (row.status !== 'held' || row.heldBody === null) throw new Conflict('replyByMail.decide.gone');
  const complaintId = row.target.startsWith('complaint:') ? row.target.slice('complaint:'.length) : null;
  if (data.decision !== 'discard' && complaintId) {
    const idempotencyKey = createHash('sha256').update(`held:${row.id}`).digest('hex').slice(0, 40);
    await commentOnComplaint({ actor, input: { complaintId, body: row.heldBody, piiDecision: data.decision, idempotencyKey } });
  }
  const settled = await settleHeldReply({ actor, input: { id: row.id, status: data.decision === 'discard' ? 'discarded' : 'published' } });
  return { ...settled, complaintId };
}
