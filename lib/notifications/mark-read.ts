import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { parseInput } from '@/lib/verb';
import { unreadCount } from './queries';

const input = z.object({ id: z.uuid('errors.invalidField') });

/** Every open tab of the person shows the same number. */
async function announceCount(actor: Actor): Promise<{ unread: number }> {
  const unread = await unreadCount(actor);
  publish(rooms.user(actor.id), 'notifications:count', { unread });
  return { unread };
}

/** Only one's own: someone else's id is answered as if it did not exist. Reading twice keeps the first time. */
export async function markNotificationRead({ actor, input: raw }: { actor: Actor; input: { id: string } }) {
  assertCan(actor, 'view:community');
  const { id } = parseInput(input, raw);
  const [row] = await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (!row) {
    const [own] = await getDb().select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)));
    if (!own) throw new NotFound();
  }
  return announceCount(actor);
}

export async function markAllNotificationsRead({ actor }: { actor: Actor }) {
  assertCan(actor, 'view:community');
  await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return announceCount(actor);
}
