import { and, asc, desc, eq, isNotNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { communitySettings, groupInvitations, groupJoinRequests, groupMembers, groups, threads, users } from '@/db/schema';
import { can, hasRole, type Actor } from '@/lib/policy';
import { decodeCursor, isTimestamp, isUuid, keysetPage } from '@/lib/pagination/cursor';
import { hasUnread } from '@/lib/threads/unread';
import type { GroupAccess } from '@/lib/policy/groups';

/** The manager's choice (community_settings.members_create_groups); off until they turn it on. */
export async function membersMayCreateGroups(db: Executor = getDb()): Promise<boolean> {
  const [settings] = await db.select({ allowed: communitySettings.membersCreateGroups }).from(communitySettings).where(eq(communitySettings.id, 1));
  return settings?.allowed ?? false;
}

/** Whether the page offers "new group": the same rule the verb applies, 'create:group'. */
export async function mayCreateGroups(actor: Actor): Promise<boolean> {
  return can(actor, 'create:group', await membersMayCreateGroups());
}

export const THREADS_PER_PAGE = 30;
export const MEMBERS_PER_PAGE = 50;

/**
 * Every group query joins the actor's membership row: it gives their role, and a query with a join is
 * one where drizzle writes each column with its table, which the correlated subqueries below rely on
 * (in a single-table select `groups.id` is written bare and binds to the subquery's own table).
 */
const withMembership = (actor: Actor) => and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, actor.id));

const invited = (actor: Actor) =>
  sql<boolean>`exists (select 1 from ${groupInvitations} where ${groupInvitations.groupId} = ${groups.id} and ${groupInvitations.userId} = ${actor.id})`;

/**
 * Who may know a group, as SQL for lists: staff every group, others the open and by-request ones and
 * the private ones they belong to or are invited into (the invitation is how they learn of it).
 */
function knowable(actor: Actor): SQL | undefined {
  if (hasRole(actor, 'staff')) return undefined;
  return or(sql`${groups.visibility} <> 'private'`, isNotNull(groupMembers.role), invited(actor));
}

/** Each thread with news since the member last looked, in groups they belong to (capped: "99+"). */
const unreadCount = (actor: Actor) => sql<number>`(select count(*)::int from (
  select 1 from ${threads} where ${threads.groupId} = ${groups.id} and ${hasUnread(actor.id)} limit 100
) as unread)`;

/** The /groups list: what the actor may know, their place in each, and how much is new there. */
export async function listVisibleGroups(actor: Actor) {
  return getDb()
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      description: groups.description,
      descriptionEn: groups.descriptionEn,
      visibility: groups.visibility,
      memberCount: groups.memberCount,
      threadCount: groups.threadCount,
      lastActivityAt: groups.lastActivityAt,
      myRole: groupMembers.role,
      invited: invited(actor),
      unreadCount: sql<number>`case when ${groupMembers.role} is null then 0 else ${unreadCount(actor)} end`,
    })
    .from(groups)
    .leftJoin(groupMembers, withMembership(actor))
    .where(knowable(actor))
    .orderBy(desc(groups.lastActivityAt), asc(groups.id));
}

export type GroupListItem = Awaited<ReturnType<typeof listVisibleGroups>>[number];

/** One group's header and the actor's standing in it; null when it may not be known to them. */
async function findGroup(actor: Actor, where: SQL) {
  const [group] = await getDb()
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      description: groups.description,
      descriptionEn: groups.descriptionEn,
      visibility: groups.visibility,
      memberCount: groups.memberCount,
      threadCount: groups.threadCount,
      myRole: groupMembers.role,
      invited: invited(actor),
      pendingRequest: sql<boolean>`exists (select 1 from ${groupJoinRequests} where ${groupJoinRequests.groupId} = ${groups.id} and ${groupJoinRequests.userId} = ${actor.id} and ${groupJoinRequests.status} = 'pending')`,
      pendingRequestCount: sql<number>`(select count(*)::int from ${groupJoinRequests} where ${groupJoinRequests.groupId} = ${groups.id} and ${groupJoinRequests.status} = 'pending')`,
    })
    .from(groups)
    .leftJoin(groupMembers, withMembership(actor))
    .where(where)
    .limit(1);
  if (!group || !(can(actor, 'know:group', group) || group.invited)) return null;
  const may = Object.fromEntries((['read', 'post', 'moderate', 'manage'] as const).map((p) => [p, can(actor, `${p}:group`, group)])) as Record<
    'read' | 'post' | 'moderate' | 'manage',
    boolean
  >;
  // What only moderators should learn stays with them.
  return { ...group, pendingRequestCount: may.moderate ? group.pendingRequestCount : 0, may };
}

export type GroupHeader = NonNullable<Awaited<ReturnType<typeof findGroup>>>;

export function findGroupBySlug(actor: Actor, slug: string) {
  return findGroup(actor, eq(groups.slug, slug));
}

/** A keyset position in the thread list: pinned first (1/0), then latest activity, then id. */
type ThreadCursor = [0 | 1, string, string];

const isThreadCursor = (v: unknown[]): v is ThreadCursor => v.length === 3 && (v[0] === 0 || v[0] === 1) && isTimestamp(v[1]) && isUuid(v[2]);

/**
 * The group page in two queries whatever the number of threads: the header, then one page of its
 * threads (with author, unread marker and the cursor of the next page).
 */
export async function getGroupPage(actor: Actor, slug: string, cursor?: string) {
  const group = await findGroupBySlug(actor, slug);
  if (!group) return null;
  const canRead = group.may.read;
  if (!canRead) return { group, canRead, threads: [], nextCursor: null };
  const after = decodeCursor<ThreadCursor>(cursor, isThreadCursor);
  const rows = await getDb()
    .select({
      id: threads.id,
      title: threads.title,
      hiddenReason: threads.hiddenReason,
      pinned: threads.pinned,
      locked: threads.locked,
      replyCount: threads.replyCount,
      lastPostAt: threads.lastPostAt,
      lastPostAtExact: sql<string>`${threads.lastPostAt}::text`,
      authorName: users.displayName,
      unread: hasUnread(actor.id),
    })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(
      and(
        eq(threads.groupId, group.id),
        after ? sql`(${threads.pinned}, ${threads.lastPostAt}, ${threads.id}) < (${after[0] === 1}, ${after[1]}::timestamptz, ${after[2]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(threads.pinned), desc(threads.lastPostAt), desc(threads.id))
    .limit(THREADS_PER_PAGE + 1);
  const { page, nextCursor } = keysetPage(rows, THREADS_PER_PAGE, (last) => [last.pinned ? 1 : 0, last.lastPostAtExact, last.id]);
  return { group, canRead, threads: page.map(({ lastPostAtExact: _, ...row }) => row), nextCursor };
}

// Names sort and match as people read them: Álvaro with the A's, "alv" finds him.
const byName = sql`unaccent(lower(${users.displayName}))`;

const ROLE_ORDER = sql`case ${groupMembers.role} when 'owner' then 0 when 'moderator' then 1 else 2 end`;

/**
 * Members with their roles, owners and moderators first, for those who may read the group. Pages by
 * offset: a member list is short and read from the top; it is not an endless feed.
 */
export async function listGroupMembers(actor: Actor, group: GroupAccess & { id: string }, page = 1) {
  if (!can(actor, 'read:group', group)) return { members: [], hasMore: false };
  const rows = await getDb()
    .select({ userId: users.id, displayName: users.displayName, role: groupMembers.role, joinedAt: groupMembers.joinedAt })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(eq(groupMembers.groupId, group.id))
    .orderBy(ROLE_ORDER, byName, asc(users.id))
    .limit(MEMBERS_PER_PAGE + 1)
    .offset((Math.max(1, page) - 1) * MEMBERS_PER_PAGE);
  return { members: rows.slice(0, MEMBERS_PER_PAGE), hasMore: rows.length > MEMBERS_PER_PAGE };
}

/** Pending requests, oldest first, for those who answer them. */
export async function listPendingGroupRequests(actor: Actor, group: GroupAccess & { id: string }) {
  if (!can(actor, 'moderate:group', group)) return [];
  return getDb()
    .select({ id: groupJoinRequests.id, userId: users.id, displayName: users.displayName, message: groupJoinRequests.message, createdAt: groupJoinRequests.createdAt })
    .from(groupJoinRequests)
    .innerJoin(users, eq(users.id, groupJoinRequests.userId))
    .where(and(eq(groupJoinRequests.groupId, group.id), eq(groupJoinRequests.status, 'pending')))
    .orderBy(asc(groupJoinRequests.createdAt), asc(groupJoinRequests.id))
    .limit(100);
}

/** People waiting for an answer to an invitation, for those who invite. */
export async function listGroupInvitations(actor: Actor, group: GroupAccess & { id: string }) {
  if (!can(actor, 'moderate:group', group)) return [];
  return getDb()
    .select({ userId: users.id, displayName: users.displayName, createdAt: groupInvitations.createdAt })
    .from(groupInvitations)
    .innerJoin(users, eq(users.id, groupInvitations.userId))
    .where(eq(groupInvitations.groupId, group.id))
    .orderBy(desc(groupInvitations.createdAt))
    .limit(100);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whom a moderator may invite: active accounts whose name starts so, not already in or invited. */
export async function searchInvitableMembers(actor: Actor, group: GroupAccess & { id: string }, prefix: string) {
  const q = prefix.trim().slice(0, 60);
  if (!can(actor, 'moderate:group', group) || q.length === 0) return [];
  return getDb()
    .select({ userId: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.status, 'active'),
        sql`unaccent(${users.displayName}) ilike unaccent(${`${escapeLike(q)}%`})`,
        notExists(getDb().select({ one: sql`1` }).from(groupMembers).where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.userId, users.id)))),
        notExists(getDb().select({ one: sql`1` }).from(groupInvitations).where(and(eq(groupInvitations.groupId, group.id), eq(groupInvitations.userId, users.id)))),
      ),
    )
    .orderBy(byName, asc(users.id))
    .limit(10);
}

/** Groups that invited the actor, for the top of /groups. */
export async function listMyGroupInvitations(actor: Actor) {
  return getDb()
    .select({ groupId: groups.id, slug: groups.slug, name: groups.name, invitedBy: users.displayName })
    .from(groupInvitations)
    .innerJoin(groups, eq(groups.id, groupInvitations.groupId))
    .innerJoin(users, eq(users.id, groupInvitations.invitedBy))
    .where(eq(groupInvitations.userId, actor.id))
    .orderBy(desc(groupInvitations.createdAt))
    .limit(20);
}
