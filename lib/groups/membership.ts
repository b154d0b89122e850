import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
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
  return (await addMembers(tx, [{ groupId, userId }], decidedBy, role)) > 0;
}

/** The same for many people and groups at once (a roster import), in four statements plus one per group; how many were new. */
export async function addMembers(tx: Tx, pairs: { groupId: string; userId: string }[], decidedBy: string, role: GroupRole = 'member'): Promise<number> {
  if (pairs.length === 0) return 0;
  const inserted = await tx
    .insert(groupMembers)
    .values(pairs.map((p) => ({ ...p, role })))
    .onConflictDoNothing()
    .returning({ groupId: groupMembers.groupId });
  const each = (t: typeof groupInvitations | typeof groupJoinRequests) => or(...pairs.map((p) => and(eq(t.groupId, p.groupId), eq(t.userId, p.userId))));
  await tx.delete(groupInvitations).where(each(groupInvitations));
  await tx
    .update(groupJoinRequests)
    .set({ status: 'approved', decidedBy, decidedAt: new Date() })
    .where(and(each(groupJoinRequests), eq(groupJoinRequests.status, 'pending')));
  const added = new Map<string, number>();
  for (const r of inserted) added.set(r.groupId, (added.get(r.groupId) ?? 0) + 1);
  for (const [groupId, n] of added) await tx.update(groups).set({ memberCount: sql`${groups.memberCount} + ${n}` }).where(eq(groups.id, groupId));
  return inserted.length;
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
