import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { groupMembers, groups, posts, threads, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/policy';

const membership = (actor: Actor) =>
  sql<string | null>`(select ${groupMembers.role} from ${groupMembers} where ${groupMembers.groupId} = ${groups.id} and ${groupMembers.userId} = ${actor.id})`;

/** Open and by-request groups for everyone; private ones only for their members. */
export async function listVisibleGroups(actor: Actor) {
  const myRole = membership(actor);
  const rows = await getDb()
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      description: groups.description,
      visibility: groups.visibility,
      memberCount: groups.memberCount,
      threadCount: groups.threadCount,
      lastActivityAt: groups.lastActivityAt,
      myRole,
    })
    .from(groups)
    .where(or(sql`${groups.visibility} <> 'private'`, sql`${myRole} is not null`))
    .orderBy(desc(groups.lastActivityAt));
  return rows;
}

/** A group page: null when the group does not exist or the actor may not know it exists. */
export async function getGroupPage(actor: Actor, slug: string) {
  const myRole = membership(actor);
  const [group] = await getDb()
    .select({ id: groups.id, slug: groups.slug, name: groups.name, description: groups.description, visibility: groups.visibility, memberCount: groups.memberCount, myRole })
    .from(groups)
    .where(eq(groups.slug, slug))
    .limit(1);
  if (!group || (group.visibility === 'private' && !group.myRole)) return null;
  // Outside an open group, only members read the conversation.
  const canRead = group.visibility === 'open' || group.myRole !== null;
  const list = canRead
    ? await getDb()
        .select({ id: threads.id, title: threads.title, pinned: threads.pinned, locked: threads.locked, replyCount: threads.replyCount, lastPostAt: threads.lastPostAt, authorName: users.displayName })
        .from(threads)
        .innerJoin(users, eq(users.id, threads.authorId))
        .where(eq(threads.groupId, group.id))
        .orderBy(desc(threads.pinned), desc(threads.lastPostAt), desc(threads.id))
        .limit(50)
    : [];
  return { group, canRead, threads: list };
}

export async function getThreadPage(actor: Actor, slug: string, threadId: string) {
  const page = await getGroupPage(actor, slug);
  if (!page?.canRead || !/^[0-9a-f-]{36}$/i.test(threadId)) return null;
  const db = getDb();
  const [thread] = await db
    .select({ id: threads.id, title: threads.title, locked: threads.locked })
    .from(threads)
    .where(and(eq(threads.id, threadId), eq(threads.groupId, page.group.id)))
    .limit(1);
  if (!thread) return null;
  const list = await db
    .select({ id: posts.id, bodyHtml: posts.bodyHtml, createdAt: posts.createdAt, authorName: users.displayName, authorRole: users.role, authorTitle: users.staffTitle })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(posts.threadId, thread.id))
    .orderBy(asc(posts.createdAt), asc(posts.id))
    .limit(100);
  return { group: page.group, thread, posts: list };
}
