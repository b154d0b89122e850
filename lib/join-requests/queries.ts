import { asc, eq, sql } from 'drizzle-orm';
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
      // The number is the company's for someone with another address: staff should know before deciding.
      numberElsewhere: sql<boolean>`(join_requests.membership_number is not null and (
        exists (select 1 from users u where u.membership_number = join_requests.membership_number and u.email <> join_requests.email)
        or exists (select 1 from roster_entries r where r.membership_number = join_requests.membership_number and r.email <> join_requests.email)))`,
    })
    .from(joinRequests)
    .where(eq(joinRequests.status, 'pending'))
    .orderBy(asc(joinRequests.createdAt))
    .limit(limit);
}
