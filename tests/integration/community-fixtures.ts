import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { groupMembers, groups } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import type { GroupRole, GroupVisibility } from '@/lib/policy/groups';

export async function createGroup(visibility: GroupVisibility = 'open', members: [Actor, GroupRole][] = []) {
  const [group] = await getDb()
    .insert(groups)
    .values({ slug: `g-${randomUUID().slice(0, 8)}`, name: `Grupo ${visibility}`, visibility, memberCount: members.length })
    .returning();
  if (members.length > 0) await getDb().insert(groupMembers).values(members.map(([a, role]) => ({ groupId: group!.id, userId: a.id, role })));
  return group!;
}

export const key = () => randomUUID();
