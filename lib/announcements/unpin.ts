import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { announcements } from '@/db/schema';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { announcementId } from './fields';
import { oneAnnouncement } from './load';

/** Unpinning keeps the announcement; it only stops heading the home page. Unpinning twice is harmless. */
export const unpinAnnouncement = defineVerb({
  name: 'announcements.unpin',
  input: z.object({ id: announcementId }),
  ...oneAnnouncement,
  run: async (ctx, { id }, row) => {
    if (!row.pinned) return { id, changed: false };
    await ctx.tx.update(announcements).set({ pinned: false }).where(eq(announcements.id, id));
    ctx.publish(rooms.announcements, 'announcement:changed', { id });
    return { id, changed: true };
  },
  audit: ({ id, changed }) => (changed ? { action: 'announcement.unpin', targetType: 'announcement', targetId: id, before: { pinned: true }, after: { pinned: false } } : null),
});
