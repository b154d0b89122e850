import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaintFollowers, complaintMeToo, complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { announceCountChange } from './announce';
import { applyChange } from './apply';
import { uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { assertComplaint } from './policy';
import { assertStanding } from '@/lib/policy';

const input = z.object({ complaintId: uuidField, on: z.boolean() });

export type MeTooInput = z.input<typeof input>;

/**
 * "Me too" instead of a duplicate: adds weight to the complaint and follows it. Saying it twice
 * changes nothing; taking it back lowers the count again.
 */
export async function setMeToo({ actor, input: raw }: { actor: Actor; input: MeTooInput }) {
  assertStanding(actor, 'write');
  const data = parseInput(input, raw);
  let takenBack = false;
  const done = await mutateComplaint(data.complaintId, false, async (tx, c, facts) => {
    assertComplaint(actor, 'me_too', facts);
    const mine = and(eq(complaintMeToo.complaintId, c.id), eq(complaintMeToo.userId, actor.id));
    if (!data.on) {
      const gone = await tx.delete(complaintMeToo).where(mine).returning();
      takenBack = gone.length > 0;
      if (takenBack) await tx.update(complaints).set({ meTooCount: sql`${complaints.meTooCount} - 1` }).where(eq(complaints.id, c.id));
      return [];
    }
    const added = await tx.insert(complaintMeToo).values({ complaintId: c.id, userId: actor.id }).onConflictDoNothing().returning();
    if (added.length === 0) return [];
    const followed = await tx.insert(complaintFollowers).values({ complaintId: c.id, userId: actor.id }).onConflictDoNothing().returning();
    await tx
      .update(complaints)
      .set({ meTooCount: sql`${complaints.meTooCount} + 1`, followerCount: sql`${complaints.followerCount} + ${followed.length}` })
      .where(eq(complaints.id, c.id));
    return [await applyChange(tx, c, { actorId: actor.id, party: 'author', event: { kind: 'me_too' } })];
  });
  if (takenBack) announceCountChange(data.complaintId);
  return done;
}
