import { sql } from 'drizzle-orm';

// Spelled out in full: drizzle leaves columns unqualified in single-table queries, and inside these
// subqueries an unqualified `group_id` would silently mean the subquery's own column.
const THREAD_ID = sql.raw('"threads"."id"');
const THREAD_GROUP = sql.raw('"threads"."group_id"');
const THREAD_LAST_POST = sql.raw('"threads"."last_post_at"');

/**
 * "New since your last visit" for a `threads` row in the current query: the member's last reading of
 * the thread, or, for a thread never opened, the day they joined its group. A thread in a group one
 * never joined and never opened carries no marker (it is not news to them, it is just there).
 */
export function lastSeenAt(actorId: string) {
  return sql<Date | null>`coalesce(
    (select tr.last_read_at from thread_reads tr where tr.thread_id = ${THREAD_ID} and tr.user_id = ${actorId}),
    (select gm.joined_at from group_members gm where gm.group_id = ${THREAD_GROUP} and gm.user_id = ${actorId})
  )`;
}

/** True when the thread has posts after the member last saw it. */
export function hasUnread(actorId: string) {
  return sql<boolean>`coalesce(${THREAD_LAST_POST} > ${lastSeenAt(actorId)}, false)`;
}
