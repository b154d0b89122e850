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

/** Unpinning keeps the announcement; it only stops heading the home page. Unpinning twice is harmless. */
export async function unpinAnnouncement({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'publish:announcement');
  const data = parseInput(input, raw);
  const changed = await getDb().transaction(async (tx) => {
    const row = await loadForChange(tx, actor, data.id);
    if (!row.pinned) return false;
    await tx.update(announcements).set({ pinned: false }).where(eq(announcements.id, data.id));
    await recordAudit(tx, { actorId: actor.id, action: 'announcement.unpin', targetType: 'announcement', targetId: data.id, before: { pinned: true }, after: { pinned: false } });
    return true;
  });
  if (changed) publish(rooms.announcements, 'announcement:changed', { id: data.id });
  return { id: data.id };
}
