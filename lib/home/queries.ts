import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { groupMembers, groups, threads, users } from '@/db/schema';
import { listAnnouncements } from '@/lib/announcements/queries';
import { type Actor, can } from '@/lib/policy';
import { readableGroup } from '@/lib/groups/readable';
import { hasUnread } from '@/lib/threads/unread';

const MY_GROUPS = 12;
const LATEST_THREADS = 10;
const ANNOUNCEMENTS = 5;

/** The member's groups, most recently active first, with how many threads have news for them. */
function myGroups(actor: Actor) {
  return getDb()
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      threadCount: groups.threadCount,
      lastActivityAt: groups.lastActivityAt,
      unreadCount: sql<number>`(select count(*) from ${threads} where ${threads.groupId} = ${groups.id} and ${hasUnread(actor.id)})`.mapWith(Number),
    })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(eq(groupMembers.userId, actor.id))
    .orderBy(desc(groups.lastActivityAt), desc(groups.id))
    .limit(MY_GROUPS);
}

/** The latest conversations across every group the member may read. */
function latestThreads(actor: Actor) {
  return getDb()
    .select({
      id: threads.id,
      title: threads.title,
      hiddenReason: threads.hiddenReason,
      replyCount: threads.replyCount,
      lastPostAt: threads.lastPostAt,
      groupSlug: groups.slug,
      groupName: groups.name,
      authorName: users.displayName,
      unread: hasUnread(actor.id),
    })
    .from(threads)
    .innerJoin(groups, and(eq(groups.id, threads.groupId), readableGroup(actor)))
    .innerJoin(users, eq(users.id, threads.authorId))
    .orderBy(desc(threads.lastPostAt), desc(threads.id))
    .limit(LATEST_THREADS);
}

export type HomeGroup = Awaited<ReturnType<typeof myGroups>>[number];
export type HomeThread = Awaited<ReturnType<typeof latestThreads>>[number];

/** Everything the home page shows, in three queries whatever the size of the community. */
export async function getHome(actor: Actor) {
  if (!can(actor, 'view:community')) return { groups: [], announcements: [], threads: [] };
  const [mine, announcements, latest] = await Promise.all([myGroups(actor), listAnnouncements(actor, { limit: ANNOUNCEMENTS }), latestThreads(actor)]);
  return { groups: mine, announcements, threads: latest };
}
