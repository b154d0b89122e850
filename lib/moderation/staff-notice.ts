import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';
import type { Role } from '@/lib/policy';
import { type NewNotification, writeNotifications } from '@/lib/notifications/write';

/**
 * A new entry in the review queue rings every moderator's bell (the queue page itself updates live);
 * an appeal against a sanction only the managers', who alone decide it.
 */
export async function tellModerators(tx: Tx, causedBy: string, roles: Role[] = ['staff', 'manager']): Promise<NewNotification[]> {
  const staff = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, roles), eq(users.status, 'active')));
  return writeNotifications(tx, causedBy, staff.map((s) => ({ userId: s.id, kind: 'review_item' as const, actorId: null })));
}
