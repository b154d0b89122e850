import { can } from '@/lib/policy';
import { and, eq } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { groupMembers, groups } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Forbidden, NotFound } from '@/lib/errors';
import { type GroupAccess, type GroupPermission } from '@/lib/policy/groups';

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

/**
 * For verbs: the group if the actor may do `permission` in it. A group the actor may not even know
 * about answers NotFound, so its existence and title never leak; a known one answers Forbidden.
 */
export async function requireGroupPermission(actor: Actor, groupId: string, permission: GroupPermission, db?: Executor): Promise<GroupWithAccess> {
  const group = await loadGroupAccess(actor, groupId, db);
  if (!group || !can(actor, 'know:group', group)) throw new NotFound();
  if (!can(actor, permission, group)) throw new Forbidden();
  return group;
}
