import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';
import type { NewNotification } from '@/lib/notifications/write';
import type { Role } from '@/lib/policy';

/**
 * A new entry in the review queue rings every moderator's bell (the queue page itself updates live);
 * an appeal against a sanction only the managers', who alone decide it.
 */
export async function moderatorNotices(tx: Tx, roles: Role[] = ['staff', 'manager']): Promise<NewNotification[]> {
  const staff = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, roles), eq(users.status, 'active')));
  return staff.map((s) => ({ userId: s.id, kind: 'review_item' as const, actorId: null }));
}
