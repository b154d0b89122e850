import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { groups, threads } from '@/db/schema';
import { isActive } from '@/lib/auth/policy';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { loadGroupAccess } from '@/lib/groups/access';
import { canInGroup } from '@/lib/groups/policy';
import type { SocketIdentity } from './handshake';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROOM = new RegExp(`^(thread|group):(${UUID})$`, 'i');

/** The answer to a join: whether it was allowed, and when the room last had news (for catching up). */
export interface RoomAccess {
  ok: boolean;
  latest: string | null;
}

/**
 * Every join is checked like a page load: the account is reloaded (a suspension since the handshake
 * counts) and the room must be one the person may read.
 */
export async function authorizeRoom(identity: SocketIdentity, room: unknown): Promise<RoomAccess> {
  const refused = { ok: false, latest: null } as const;
  if (typeof room !== 'string') return refused;
  const match = ROOM.exec(room);
  if (!match) return refused;
  const actor = await resolveSessionUser(identity);
  if (!actor || !isActive(actor)) return refused;
  const [, kind, id] = match as unknown as [string, 'thread' | 'group', string];
  let groupId = id;
  let latest: Date | null = null;
  if (kind === 'thread') {
    const [thread] = await getDb().select({ groupId: threads.groupId, lastPostAt: threads.lastPostAt }).from(threads).where(eq(threads.id, id)).limit(1);
    if (!thread) return refused;
    groupId = thread.groupId;
    latest = thread.lastPostAt;
  } else {
    const [group] = await getDb().select({ lastActivityAt: groups.lastActivityAt }).from(groups).where(eq(groups.id, id)).limit(1);
    latest = group?.lastActivityAt ?? null;
  }
  const group = await loadGroupAccess(actor, groupId);
  if (group === null || !canInGroup(actor, 'read', group)) return refused;
  return { ok: true, latest: latest?.toISOString() ?? null };
}
