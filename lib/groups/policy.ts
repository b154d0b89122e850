import { hasRole, isActive, isSilenced, type Actor } from '@/lib/auth/policy';

export type GroupVisibility = 'open' | 'request' | 'private';
export type GroupRole = 'member' | 'moderator' | 'owner';

/** What a policy needs to know about a group: how it is visible and the actor's place in it. */
export interface GroupAccess {
  visibility: GroupVisibility;
  myRole: GroupRole | null;
}

export type GroupPermission =
  | 'know' // see that the group exists (its name in lists)
  | 'read' // read its threads
  | 'post' // start threads and reply
  | 'moderate' // pin, lock, delete others' posts, approve requests, invite
  | 'manage'; // edit the group, set roles, remove members

const RANK: Record<GroupRole, number> = { member: 0, moderator: 1, owner: 2 };

/**
 * The one place that decides what a person may do inside a group. Staff and managers moderate the
 * whole community, so they read and act in every group; a private group stays invisible to every
 * other member.
 */
export function canInGroup(actor: Actor | null, permission: GroupPermission, group: GroupAccess): boolean {
  if (!actor || !isActive(actor)) return false;
  // A silenced account reads and knows, and changes nothing.
  if (permission !== 'know' && permission !== 'read' && isSilenced(actor)) return false;
  const staff = hasRole(actor, 'staff');
  const rank = group.myRole === null ? -1 : RANK[group.myRole];
  switch (permission) {
    case 'know':
      return staff || group.visibility !== 'private' || rank >= 0;
    case 'read':
      return staff || group.visibility === 'open' || rank >= 0;
    case 'post':
      return staff || rank >= 0;
    case 'moderate':
      return staff || rank >= RANK.moderator;
    case 'manage':
      return staff || rank >= RANK.owner;
  }
}
