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
const inGroup = (test: (g: GroupAccess) => boolean, standing: 'write' | 'active' = 'write', reason?: string): Rule<GroupAccess> => ({
  standing,
  check: (a: Actor, g: GroupAccess) => refuseUnless(hasRole(a, 'staff') || test(g), reason),
});

const isMember = (g: GroupAccess) => g.myRole !== null;

// Asking is no shortcut into other groups, so staff are no exception here.
const byRequest: Rule<GroupAccess> = { standing: 'active', check: (_, g) => refuseUnless(isMember(g) || g.visibility === 'request', 'groups.errors.notByRequest') };

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
  /**
   * Join at a press: open groups take anyone in, and staff any group; the others are entered by request
   * or invitation. Kept by a silenced member, like asking; for someone already in it changes nothing.
   */
  'join:group': inGroup((g) => isMember(g) || g.visibility === 'open', 'active', 'groups.errors.notOpen'),
  /** Ask the moderators to be let into a group that takes requests. */
  'request:group': byRequest,
} satisfies RuleTable;

export type GroupPermission = keyof typeof groupRules;
