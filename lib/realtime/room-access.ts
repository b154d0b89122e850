import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { threads } from '@/db/schema';
import { isActive } from '@/lib/auth/policy';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { loadGroupAccess } from '@/lib/groups/access';
import { canInGroup } from '@/lib/groups/policy';
import type { SocketIdentity } from './handshake';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROOM = new RegExp(`^(thread|group):(${UUID})$`, 'i');

/**
 * Every join is checked like a page load: the account is reloaded (a suspension since the handshake
 * counts) and the room must be one the person may read.
 */
export async function authorizeRoom(identity: SocketIdentity, room: unknown): Promise<boolean> {
  if (typeof room !== 'string') return false;
  const match = ROOM.exec(room);
  if (!match) return false;
  const actor = await resolveSessionUser(identity);
  if (!actor || !isActive(actor)) return false;
  const [, kind, id] = match as unknown as [string, 'thread' | 'group', string];
  let groupId = id;
  if (kind === 'thread') {
    const [thread] = await getDb().select({ groupId: threads.groupId }).from(threads).where(eq(threads.id, id)).limit(1);
    if (!thread) return false;
    groupId = thread.groupId;
  }
  const group = await loadGroupAccess(actor, groupId);
  return group !== null && canInGroup(actor, 'read', group);
}
