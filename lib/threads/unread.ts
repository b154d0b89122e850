import { sql } from 'drizzle-orm';
import { groupMembers, threadReads, threads } from '@/db/schema';

/**
 * "New since your last visit" for a `threads` row in the current query: the member's last reading of
 * the thread, or, for a thread never opened, the day they joined its group. A thread in a group one
 * never joined and never opened carries no marker (it is not news to them, it is just there).
 */
export function lastSeenAt(actorId: string) {
  return sql<Date | null>`coalesce(
    (select ${threadReads.lastReadAt} from ${threadReads} where ${threadReads.threadId} = ${threads.id} and ${threadReads.userId} = ${actorId}),
    (select ${groupMembers.joinedAt} from ${groupMembers} where ${groupMembers.groupId} = ${threads.groupId} and ${groupMembers.userId} = ${actorId})
  )`;
}

/** True when the thread has posts after the member last saw it. */
export function hasUnread(actorId: string) {
  return sql<boolean>`coalesce(${threads.lastPostAt} > ${lastSeenAt(actorId)}, false)`;
}
