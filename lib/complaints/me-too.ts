import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaintFollowers, complaintMeToo, complaints } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { announceCountChange } from './announce';
import { applyChange } from './apply';
import { flagField, uuidField } from './fields';
import { recordEvents } from './record';
import { onComplaint } from './target';

const input = z.object({ complaintId: uuidField, on: flagField });

export type MeTooInput = z.input<typeof input>;

/**
 * "Me too" instead of a duplicate: adds weight to the complaint and follows it. Saying it twice
 * changes nothing; taking it back lowers the count again.
 */
export const setMeToo = defineVerb({
  name: 'complaints.meToo',
  input,
  ...onComplaint('me_too:complaint'),
  run: async (ctx, data, { complaint: c }) => {
    const { tx, actor } = ctx;
    if (!data.on) {
      const gone = await tx.delete(complaintMeToo).where(and(eq(complaintMeToo.complaintId, c.id), eq(complaintMeToo.userId, actor.id))).returning();
      if (gone.length > 0) {
        await tx.update(complaints).set({ meTooCount: sql`${complaints.meTooCount} - 1` }).where(eq(complaints.id, c.id));
        ctx.afterCommit(() => announceCountChange(c.id));
      }
      return { complaint: c, events: [] };
    }
    const added = await tx.insert(complaintMeToo).values({ complaintId: c.id, userId: actor.id }).onConflictDoNothing().returning();
    if (added.length === 0) return { complaint: c, events: [] };
    const followed = await tx.insert(complaintFollowers).values({ complaintId: c.id, userId: actor.id }).onConflictDoNothing().returning();
    await tx
      .update(complaints)
      .set({ meTooCount: sql`${complaints.meTooCount} + 1`, followerCount: sql`${complaints.followerCount} + ${followed.length}` })
      .where(eq(complaints.id, c.id));
    return recordEvents(ctx, c, [await applyChange(tx, c, { actorId: actor.id, party: 'author', event: { kind: 'me_too' } })]);
  },
});
