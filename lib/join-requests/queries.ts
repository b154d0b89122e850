import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { joinRequests } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';

/** Pending requests, oldest first: nobody should wait longest by accident. */
export async function listPendingJoinRequests(actor: Actor, limit = 100) {
  if (!can(actor, 'decide:join_request')) throw new Forbidden();
  return getDb()
    .select({
      id: joinRequests.id,
      email: joinRequests.email,
      displayName: joinRequests.displayName,
      membershipNumber: joinRequests.membershipNumber,
      message: joinRequests.message,
      createdAt: joinRequests.createdAt,
    })
    .from(joinRequests)
    .where(eq(joinRequests.status, 'pending'))
    .orderBy(asc(joinRequests.createdAt))
    .limit(limit);
}
