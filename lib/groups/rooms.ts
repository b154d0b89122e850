import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { groups } from '@/db/schema';
import { canSeeRoom } from '@/lib/policy/visibility';
import { registerRoom } from '@/lib/realtime/room-access';
import { loadGroupAccess } from './access';

// A group's new threads and changes, for whoever may read its threads.
registerRoom('group', async (actor, id) => {
  const [activity] = await getDb().select({ lastActivityAt: groups.lastActivityAt }).from(groups).where(eq(groups.id, id)).limit(1);
  const group = await loadGroupAccess(actor, id);
  return group && canSeeRoom(actor, { kind: 'group', group }) ? { latest: activity?.lastActivityAt ?? null } : null;
});
