import { sql, type SQL } from 'drizzle-orm';
import { groupMembers, groups } from '@/db/schema';
import { type Actor, hasRole, isActive } from '@/lib/policy';

/**
 * canInGroup(actor, 'read') as a SQL condition on a `groups` row, for lists that span many groups:
 * staff read every group, everyone reads open groups, members read the groups they belong to.
 */
export function readableGroup(actor: Actor): SQL {
  if (!isActive(actor)) return sql`false`;
  if (hasRole(actor, 'staff')) return sql`true`;
  return sql`(${groups.visibility} = 'open' or exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${groups.id} and ${groupMembers.userId} = ${actor.id}))`;
}
