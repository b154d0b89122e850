import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { announcements } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';
import { parseInput } from '@/lib/verb';
import { announcementId } from './fields';
import { loadForChange } from './load';

const input = z.object({ id: announcementId });

/** The text goes; the audit row keeps what it said and who removed it. */
export async function deleteAnnouncement({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'publish:announcement');
  const data = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const row = await loadForChange(tx, actor, data.id);
    await tx.delete(announcements).where(eq(announcements.id, data.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'announcement.delete',
      targetType: 'announcement',
      targetId: data.id,
      before: { title: row.title, bodyMd: row.bodyMd, authorId: row.authorId, createdAt: row.createdAt },
    });
  });
  publish(rooms.announcements, 'announcement:changed', { id: data.id });
  return { id: data.id };
}
