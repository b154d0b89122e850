import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaintFollowers, complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { assertComplaint } from './policy';

const input = z.object({ complaintId: uuidField, on: z.boolean() });

export type FollowInput = z.input<typeof input>;

/** Following is a personal preference, not a change to the complaint: no timeline entry. */
export async function setFollow({ actor, input: raw }: { actor: Actor; input: FollowInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, false, async (tx, c, facts) => {
    assertComplaint(actor, 'follow', facts);
    const changed = data.on
      ? await tx.insert(complaintFollowers).values({ complaintId: c.id, userId: actor.id }).onConflictDoNothing().returning()
      : await tx.delete(complaintFollowers).where(and(eq(complaintFollowers.complaintId, c.id), eq(complaintFollowers.userId, actor.id))).returning();
    if (changed.length > 0) await tx.update(complaints).set({ followerCount: sql`${complaints.followerCount} ${sql.raw(data.on ? '+' : '-')} 1` }).where(eq(complaints.id, c.id));
    return [];
  });
}
