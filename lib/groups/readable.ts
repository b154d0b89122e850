import { sql, type SQL } from 'drizzle-orm';
import { groupInvitations, groupMembers, groups } from '@/db/schema';
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

/**
 * canSeeGroup(actor) as a SQL condition on a `groups` row: its name and description in search. Staff know
 * every group, others the open and by-request ones and the private ones they belong to or are invited into.
 */
export function knowableGroup(actor: Actor): SQL {
  if (!isActive(actor)) return sql`false`;
  if (hasRole(actor, 'staff')) return sql`true`;
  return sql`(${groups.visibility} <> 'private'
    or exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${groups.id} and ${groupMembers.userId} = ${actor.id})
    or exists (select 1 from ${groupInvitations} where ${groupInvitations.groupId} = ${groups.id} and ${groupInvitations.userId} = ${actor.id}))`;
}
