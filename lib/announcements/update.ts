import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { announcements } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown/render';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { announcementFields, announcementId } from './fields';
import { oneAnnouncement } from './load';

export const updateAnnouncement = defineVerb({
  name: 'announcements.update',
  input: z.object({ id: announcementId, ...announcementFields }),
  ...oneAnnouncement,
  run: async (ctx, { id, title, bodyMd }) => {
    await ctx.tx.update(announcements).set({ title, bodyMd, bodyHtml: renderMarkdown(bodyMd) }).where(eq(announcements.id, id));
    ctx.publish(rooms.announcements, 'announcement:changed', { id });
    return { id };
  },
  audit: ({ id }, { title, bodyMd }, before) => ({
    action: 'announcement.update',
    targetType: 'announcement',
    targetId: id,
    before: { title: before.title, bodyMd: before.bodyMd },
    after: { title, bodyMd },
  }),
});
