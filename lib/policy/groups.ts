import { type Actor, hasRole } from './standing';
import { refuseUnless, type Rule, type RuleTable } from './rule';

export type GroupVisibility = 'open' | 'request' | 'private';
export type GroupRole = 'member' | 'moderator' | 'owner';

/** What a rule needs to know about a group: how it is visible and the actor's place in it. */
export interface GroupAccess {
  visibility: GroupVisibility;
  myRole: GroupRole | null;
}

const RANK: Record<GroupRole, number> = { member: 0, moderator: 1, owner: 2 };
const rank = (g: GroupAccess) => (g.myRole === null ? -1 : RANK[g.myRole]);

// Staff and managers moderate the whole community, so they read and act in every group; a private
// group stays invisible to every other member.
const inGroup = (test: (g: GroupAccess) => boolean, standing: 'write' | 'active' = 'write'): Rule<GroupAccess> => ({
  standing,
  check: (a: Actor, g: GroupAccess) => refuseUnless(hasRole(a, 'staff') || test(g)),
});

export const groupRules = {
  /** See that the group exists (its name in lists). */
  'know:group': inGroup((g) => g.visibility !== 'private' || rank(g) >= 0, 'active'),
  /** Read its threads. */
  'read:group': inGroup((g) => g.visibility === 'open' || rank(g) >= 0, 'active'),
  /** Start threads and reply. */
  'post:group': inGroup((g) => rank(g) >= 0),
  /** Pin, lock, delete others' posts, approve requests, invite. */
  'moderate:group': inGroup((g) => rank(g) >= RANK.moderator),
  /** Edit the group, set roles, remove members. */
  'manage:group': inGroup((g) => rank(g) >= RANK.owner),
} satisfies RuleTable;

export type GroupPermission = keyof typeof groupRules;
