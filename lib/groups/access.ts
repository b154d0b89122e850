import { and, eq } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { groupMembers, groups } from '@/db/schema';
import { Forbidden, NotFound } from '@/lib/errors';
import { type Actor, can } from '@/lib/policy';
import type { GroupAccess, GroupPermission } from '@/lib/policy/groups';

export interface GroupWithAccess extends GroupAccess {
  id: string;
  slug: string;
  name: string;
}

/** The group and the actor's role in it, in one query; null when it does not exist. */
export async function loadGroupAccess(actor: Actor, groupId: string, db: Executor = getDb()): Promise<GroupWithAccess | null> {
  const [row] = await db
    .select({ id: groups.id, slug: groups.slug, name: groups.name, visibility: groups.visibility, myRole: groupMembers.role })
    .from(groups)
    .leftJoin(groupMembers, and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, actor.id)))
    .where(eq(groups.id, groupId))
    .limit(1);
  return row ?? null;
}

/** The group if the actor may know it exists; a group they may not even know about answers NotFound, so its existence and title never leak. */
export async function knownGroup(actor: Actor, groupId: string, db?: Executor): Promise<GroupWithAccess> {
  const group = await loadGroupAccess(actor, groupId, db);
  if (!group || !can(actor, 'know:group', group)) throw new NotFound();
  return group;
}

/** For verbs: the group if the actor may do `permission` in it; a known one the actor may not act in answers Forbidden. */
export async function requireGroupPermission(actor: Actor, groupId: string, permission: GroupPermission, db?: Executor): Promise<GroupWithAccess> {
  const group = await knownGroup(actor, groupId, db);
  if (!can(actor, permission, group)) throw new Forbidden();
  return group;
}
