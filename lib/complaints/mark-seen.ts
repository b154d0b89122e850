import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { complaints } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { markNoticesAboutRead } from '@/lib/notifications/mark-read';
import { defineVerb } from '@/lib/verb';
import { uuidField } from './fields';

/**
 * The member has the complaint page open: what they were told about it (a reply, a proposed solution)
 * is read. Called by the open page, never by rendering it, as a thread's is. Every member reads the
 * board, and only their own notifications change, so no rule beyond an active account applies.
 */
export const markComplaintSeen = defineVerb({
  name: 'complaints.markSeen',
  input: z.object({ complaintId: uuidField }),
  standing: 'active',
  load: async (db, { complaintId }) => {
    const [row] = await db.select({ id: complaints.id }).from(complaints).where(eq(complaints.id, complaintId)).limit(1);
    if (!row) throw new NotFound();
    return row;
  },
  run: (ctx, _data, complaint) => markNoticesAboutRead(ctx, { complaintId: complaint.id }),
});
