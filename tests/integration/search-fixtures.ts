import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { groupMembers, groups, posts, threads } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown/render';

// Rows written directly: these tests are about reading, not about the verbs that write threads.

export async function createGroup(visibility: 'open' | 'request' | 'private' = 'open', extra: Partial<typeof groups.$inferInsert> = {}) {
  const slug = `g-${randomUUID().slice(0, 8)}`;
  const [row] = await getDb()
    .insert(groups)
    .values({ slug, name: `Grupo ${slug}`, visibility, ...extra })
    .returning();
  return row!;
}

export async function join(groupId: string, userId: string, role: 'member' | 'moderator' | 'owner' = 'member', joinedAt = new Date()) {
  await getDb().insert(groupMembers).values({ groupId, userId, role, joinedAt });
}

/** A thread with its opening post; `at` dates both, so tests can order activity. */
export async function createThread(groupId: string, authorId: string, title: string, body: string, at = new Date()) {
  const [thread] = await getDb().insert(threads).values({ groupId, authorId, title, lastPostAt: at, createdAt: at }).returning();
  const post = await createPost(thread!.id, authorId, body, at);
  return { thread: thread!, post };
}

export async function createPost(threadId: string, authorId: string, body: string, at = new Date(), extra: Partial<typeof posts.$inferInsert> = {}) {
  const [row] = await getDb()
    .insert(posts)
    .values({ threadId, authorId, bodyMd: body, bodyHtml: renderMarkdown(body), createdAt: at, ...extra })
    .returning();
  return row!;
}
