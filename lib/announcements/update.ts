import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { announcements } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { renderMarkdown } from '@/lib/markdown/render';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';
import { parseInput } from '@/lib/verb';
import { announcementFields, announcementId } from './fields';
import { loadForChange } from './load';

const input = z.object({ id: announcementId, ...announcementFields });

export type UpdateAnnouncementInput = z.input<typeof input>;

export async function updateAnnouncement({ actor, input: raw }: { actor: Actor; input: UpdateAnnouncementInput }) {
  assertCan(actor, 'publish:announcement');
  const data = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const before = await loadForChange(tx, actor, data.id);
    await tx
      .update(announcements)
      .set({ title: data.title, bodyMd: data.bodyMd, bodyHtml: renderMarkdown(data.bodyMd) })
      .where(eq(announcements.id, data.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'announcement.update',
      targetType: 'announcement',
      targetId: data.id,
      before: { title: before.title, bodyMd: before.bodyMd },
      after: { title: data.title, bodyMd: data.bodyMd },
    });
  });
  publish(rooms.announcements, 'announcement:changed', { id: data.id });
  return { id: data.id };
}
