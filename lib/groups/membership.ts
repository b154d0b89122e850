import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor, Tx } from '@/db/client';
import { groupInvitations, groupJoinRequests, groupMembers, groups } from '@/db/schema';
import { Conflict } from '@/lib/errors';
import { type Actor, refusal } from '@/lib/policy';
import type { GroupPermission, GroupRole } from '@/lib/policy/groups';
import { rooms } from '@/lib/realtime/io';
import type { VerbContext } from '@/lib/verb';
import { knownGroup, type GroupWithAccess } from './access';

/**
 * Locks the group row first, so two membership changes of one group run one after the other: the
 * member count stays exact and two owners cannot both leave at once.
 */
export async function lockGroupRow(db: Executor, groupId: string): Promise<void> {
  await db.select({ id: groups.id }).from(groups).where(eq(groups.id, groupId)).for('update');
}

/** The locked group with the actor's role in it as it is now; NotFound for a group they may not know about. */
export async function lockGroup(db: Executor, actor: Actor, groupId: string): Promise<GroupWithAccess> {
  await lockGroupRow(db, groupId);
  return knownGroup(actor, groupId, db);
}

/** The frame's `load` and `policy` of a verb on one group: the locked group, and the group rule the actor needs in it. */
export const onGroup = (permission: GroupPermission) => ({
  load: (db: Executor, data: { groupId: string }, actor: Actor) => lockGroup(db, actor, data.groupId),
  policy: (actor: Actor, group: GroupWithAccess) => refusal(actor, permission, group),
});

/** After commit: open pages of the group re-render. */
export function announceGroupChange(ctx: Pick<VerbContext, 'publish'>, groupId: string): void {
  ctx.publish(rooms.group(groupId), 'group:changed', { groupId });
}

export async function roleOf(tx: Tx, groupId: string, userId: string): Promise<GroupRole | null> {
  const [row] = await tx
    .select({ role: groupMembers.role })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
  return row?.role ?? null;
}

/**
 * Adds the person (nothing happens when they already belong) and settles what led there: their
 * invitation is used up and a pending request is answered. True when they were not a member before.
 */
export async function addMember(tx: Tx, groupId: string, userId: string, decidedBy: string, role: GroupRole = 'member'): Promise<boolean> {
  const inserted = await tx.insert(groupMembers).values({ groupId, userId, role }).onConflictDoNothing().returning({ userId: groupMembers.userId });
  await tx.delete(groupInvitations).where(and(eq(groupInvitations.groupId, groupId), eq(groupInvitations.userId, userId)));
  await tx
    .update(groupJoinRequests)
    .set({ status: 'approved', decidedBy, decidedAt: new Date() })
    .where(and(eq(groupJoinRequests.groupId, groupId), eq(groupJoinRequests.userId, userId), eq(groupJoinRequests.status, 'pending')));
  if (inserted.length === 0) return false;
  await tx.update(groups).set({ memberCount: sql`${groups.memberCount} + 1` }).where(eq(groups.id, groupId));
  return true;
}

/** A group always keeps an owner: refuses a change that would take away its last one. */
export async function keepAnOwner(tx: Tx, groupId: string, leavingOwnerId: string): Promise<void> {
  const [other] = await tx
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'owner'), ne(groupMembers.userId, leavingOwnerId)))
    .limit(1);
  if (!other) throw new Conflict('groups.errors.lastOwner');
}

/** Takes the person out, keeping an owner; true when they were a member. */
export async function removeMember(tx: Tx, groupId: string, userId: string): Promise<boolean> {
  const role = await roleOf(tx, groupId, userId);
  if (role === null) return false;
  if (role === 'owner') await keepAnOwner(tx, groupId, userId);
  await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
  await tx.update(groups).set({ memberCount: sql`${groups.memberCount} - 1` }).where(eq(groups.id, groupId));
  return true;
}

/** Those who answer join requests: the group's owners and moderators. */
export async function groupModeratorIds(tx: Tx, groupId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.role, ['moderator', 'owner'])));
  return rows.map((r) => r.userId);
}
