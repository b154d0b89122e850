import { and, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog, complaintEvents, complaints, groups, threads } from '@/db/schema';
import { can, isActive } from '@/lib/policy';
import { standingRefusal } from '@/lib/policy';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { loadGroupAccess } from '@/lib/groups/access';

import type { SocketIdentity } from './handshake';
import { rooms } from './io';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROOM = new RegExp(`^(thread|group|complaint):(${UUID})$`, 'i');

/** The answer to a join: whether it was allowed, and when the room last had news (for catching up). */
export interface RoomAccess {
  ok: boolean;
  latest: string | null;
  /** Why a sanctioned account may not join (an i18n key) and until when. */
  refusal?: { reason: string; until: string | null };
}

async function complaintRoom(id: string): Promise<RoomAccess> {
  const [row] = await getDb()
    .select({ latest: sql<string | null>`max(${complaintEvents.createdAt})` })
    .from(complaints)
    .leftJoin(complaintEvents, and(eq(complaintEvents.complaintId, complaints.id), ne(complaintEvents.visibility, 'internal')))
    .where(eq(complaints.id, id))
    .groupBy(complaints.id);
  if (!row) return { ok: false, latest: null };
  return { ok: true, latest: row.latest ? new Date(row.latest).toISOString() : null };
}

/** Every announcement change (publish, edit, unpin, delete) leaves an audit row, deletions included. */
async function announcementsRoom(): Promise<RoomAccess> {
  const [row] = await getDb()
    .select({ latest: sql<string | null>`max(${auditLog.createdAt})` })
    .from(auditLog)
    .where(eq(auditLog.targetType, 'announcement'));
  return { ok: true, latest: row?.latest ? new Date(row.latest).toISOString() : null };
}

/**
 * Every join is checked like a page load: the account is reloaded (a suspension since the handshake
 * counts) and the room must be one the person may read.
 */
export async function authorizeRoom(identity: SocketIdentity, room: unknown): Promise<RoomAccess> {
  const refused = { ok: false, latest: null } as const;
  if (typeof room !== 'string') return refused;
  const match = ROOM.exec(room);
  if (!match && room !== rooms.board && room !== rooms.announcements && room !== rooms.reviewQueue) return refused;
  const actor = await resolveSessionUser(identity);
  if (!actor) return refused;
  if (!isActive(actor)) return { ...refused, refusal: standingRefusal(actor) };
  if (room === rooms.announcements) return announcementsRoom();
  // The review queue shows reported content and who reported it: staff and managers only.
  if (room === rooms.reviewQueue) return { ok: can(actor, 'view:review_queue'), latest: null };
  // The board and its complaints are open to every active member (visitors have no socket).
  if (!match) return { ok: true, latest: null };
  const [, kind, id] = match as unknown as [string, 'thread' | 'group' | 'complaint', string];
  if (kind === 'complaint') return complaintRoom(id);
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
  if (group === null || !can(actor, 'read:group', group)) return refused;
  return { ok: true, latest: latest?.toISOString() ?? null };
}
