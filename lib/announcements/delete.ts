import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { announcements } from '@/db/schema';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { announcementId } from './fields';
import { oneAnnouncement } from './load';

/** The text goes; the audit row keeps what it said and who removed it. */
export const deleteAnnouncement = defineVerb({
  name: 'announcements.delete',
  input: z.object({ id: announcementId }),
  ...oneAnnouncement,
  run: async (ctx, { id }) => {
    await ctx.tx.delete(announcements).where(eq(announcements.id, id));
    ctx.publish(rooms.announcements, 'announcement:changed', { id });
    return { id };
  },
  audit: ({ id }, _, row) => ({
    action: 'announcement.delete',
    targetType: 'announcement',
    targetId: id,
    before: { title: row.title, bodyMd: row.bodyMd, authorId: row.authorId, createdAt: row.createdAt },
  }),
});
