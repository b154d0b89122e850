import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { announcements } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { type Actor, refusal } from '@/lib/policy';

/** The frame's `load` and `policy` of the verbs that change one announcement: locked, and only by whom 'change:announcement' lets. */
export const oneAnnouncement = {
  load: async (db: Executor, { id }: { id: string }) => {
    const [row] = await db.select().from(announcements).where(eq(announcements.id, id)).limit(1).for('update');
    if (!row) throw new NotFound();
    return row;
  },
  policy: (actor: Actor, row: { authorId: string }) => refusal(actor, 'change:announcement', row),
};
