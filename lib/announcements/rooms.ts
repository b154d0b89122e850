import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { canSeeRoom } from '@/lib/policy/visibility';
import { rooms } from '@/lib/realtime/io';
import { registerSharedRoom } from '@/lib/realtime/room-access';

// Every announcement change (publish, edit, unpin, delete) leaves an audit row, deletions included:
// the newest one is the room's latest news.
registerSharedRoom(rooms.announcements, async (actor) => {
  if (!canSeeRoom(actor, { kind: 'announcements' })) return null;
  const [row] = await getDb()
    .select({ latest: sql<string | null>`max(${auditLog.createdAt})` })
    .from(auditLog)
    .where(eq(auditLog.targetType, 'announcement'));
  return { latest: row?.latest ? new Date(row.latest) : null };
});
