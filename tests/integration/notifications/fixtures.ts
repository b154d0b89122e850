import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { groupMembers, groups, notifications, posts, threads } from '@/db/schema';
import { type NewNotification, writeNotifications } from '@/lib/notifications/write';

type Visibility = 'open' | 'request' | 'private';

export async function group(visibility: Visibility, ...memberIds: string[]) {
  const db = getDb();
  const [row] = await db
    .insert(groups)
    .values({ slug: `g-${randomUUID().slice(0, 8)}`, name: `Grupo ${visibility} ${randomUUID().slice(0, 4)}`, visibility })
    .returning();
  for (const userId of memberIds) await db.insert(groupMembers).values({ groupId: row!.id, userId });
  return row!;
}

export async function thread(groupId: string, authorId: string, title: string) {
  const db = getDb();
  const [th] = await db.insert(threads).values({ groupId, authorId, title }).returning();
  const [post] = await db.insert(posts).values({ threadId: th!.id, authorId, bodyMd: 'hola', bodyHtml: '<p>hola</p>' }).returning();
  return { thread: th!, post: post! };
}

/** Written as the verbs write them: inside a transaction, through the one writer. */
export async function notify(actorId: string, rows: NewNotification[]) {
  return getDb().transaction((tx) => writeNotifications(tx, actorId, rows));
}

export async function at(id: string, createdAt: Date) {
  await getDb().update(notifications).set({ createdAt }).where(eq(notifications.id, id));
}

export async function rowsOf(userId: string) {
  return getDb().select().from(notifications).where(eq(notifications.userId, userId));
}
