import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { groupInvitations, groupJoinRequests, groupMembers, groups, notifications } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { createGroup } from '@/lib/groups/create';
import { actorOf, createUser } from '../factories';

/** A well-formed id that no row has. */
export const MISSING = '00000000-0000-4000-8000-000000000000';

export const member = async (name = 'Test member') => actorOf(await createUser('member', { displayName: name }));
export const staff = async () => actorOf(await createUser('staff'));

/** A group made by staff, with `owner` as owner and the given members in it. */
export async function groupWith(visibility: 'open' | 'request' | 'private', owner: Actor, others: { actor: Actor; role?: 'member' | 'moderator' | 'owner' }[] = []) {
  const { id, slug } = await createGroup({ actor: owner.role === 'member' ? await staff() : owner, input: { name: `Grupo ${visibility}`, visibility } });
  const db = getDb();
  if (owner.role === 'member') {
    await db.update(groupMembers).set({ userId: owner.id }).where(eq(groupMembers.groupId, id));
  }
  for (const o of others) await db.insert(groupMembers).values({ groupId: id, userId: o.actor.id, role: o.role ?? 'member' });
  await db.update(groups).set({ memberCount: 1 + others.length }).where(eq(groups.id, id));
  return { id, slug };
}

export async function state(groupId: string) {
  const db = getDb();
  const [group] = await db.select().from(groups).where(eq(groups.id, groupId));
  const members = await db.select().from(groupMembers).where(eq(groupMembers.groupId, groupId));
  return {
    group: group!,
    memberCount: group!.memberCount,
    members: Object.fromEntries(members.map((m) => [m.userId, m.role])),
    actualMembers: members.length,
    requests: await db.select().from(groupJoinRequests).where(eq(groupJoinRequests.groupId, groupId)),
    invitations: await db.select().from(groupInvitations).where(eq(groupInvitations.groupId, groupId)),
  };
}

export async function notificationsOf(userId: string, groupId: string) {
  return getDb()
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.groupId, groupId)));
}
