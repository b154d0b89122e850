import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaintFollowers, complaints } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { flagField, uuidField } from './fields';
import { onComplaint } from './target';

const input = z.object({ complaintId: uuidField, on: flagField });

export type FollowInput = z.input<typeof input>;

/** Following is a personal preference, not a change to the complaint: no timeline entry. A silenced member keeps it. */
export const setFollow = defineVerb({
  name: 'complaints.follow',
  input,
  standing: 'active',
  ...onComplaint('follow:complaint'),
  run: async ({ tx, actor }, data, { complaint: c }) => {
    const changed = data.on
      ? await tx.insert(complaintFollowers).values({ complaintId: c.id, userId: actor.id }).onConflictDoNothing().returning()
      : await tx.delete(complaintFollowers).where(and(eq(complaintFollowers.complaintId, c.id), eq(complaintFollowers.userId, actor.id))).returning();
    if (changed.length > 0) await tx.update(complaints).set({ followerCount: sql`${complaints.followerCount} ${sql.raw(data.on ? '+' : '-')} 1` }).where(eq(complaints.id, c.id));
  },
});
