import { and, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaintEvents, complaints } from '@/db/schema';
import { canSeeRoom } from '@/lib/policy/visibility';
import { rooms } from '@/lib/realtime/io';
import { registerRoom, registerSharedRoom } from '@/lib/realtime/room-access';
import { getBoardSettings } from './settings/queries';

// One complaint's page; its latest news is the newest entry that is not an internal note.
registerRoom('complaint', async (actor, id) => {
  const [row] = await getDb()
    .select({ latest: sql<string | null>`max(${complaintEvents.createdAt})` })
    .from(complaints)
    .leftJoin(complaintEvents, and(eq(complaintEvents.complaintId, complaints.id), ne(complaintEvents.visibility, 'internal')))
    .where(eq(complaints.id, id))
    .groupBy(complaints.id);
  if (!row || !canSeeRoom(actor, { kind: 'complaint', board: await getBoardSettings() })) return null;
  return { latest: row.latest ? new Date(row.latest) : null };
});

registerSharedRoom(rooms.board, async (actor) => (canSeeRoom(actor, { kind: 'board', board: await getBoardSettings() }) ? { latest: null } : null));
