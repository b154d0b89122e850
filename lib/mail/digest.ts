import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { TIME_ZONE } from '@/lib/i18n/config';
import { DIGEST_CATEGORY } from '@/lib/notifications/categories';

// The digest goes out after this hour, community time, and covers everything waiting from before it.
export const DIGEST_HOUR = 7;

/**
 * Queues today's digest for everyone who has lines waiting, and hands those lines to it, in one
 * statement. The unique (person, day) index makes a second run, or a second process, a no-op: at most
 * one digest per person per day. Lines written after today's hour wait for tomorrow's.
 */
export async function queueDigests(now = new Date()): Promise<number> {
  const result = (await getDb().execute(sql`
    with params as (
      select (${now}::timestamptz at time zone ${TIME_ZONE})::date as day,
             (date_trunc('day', ${now}::timestamptz at time zone ${TIME_ZONE}) + make_interval(hours => ${DIGEST_HOUR})) at time zone ${TIME_ZONE} as cutoff
    ),
    due as (
      select distinct d.user_id from digest_items d, params p
      where d.outbox_id is null and d.created_at < p.cutoff and ${now}::timestamptz >= p.cutoff
    ),
    made as (
      insert into mail_outbox (user_id, category, digest_day)
      select due.user_id, ${DIGEST_CATEGORY}, p.day from due, params p
      on conflict (user_id, digest_day) do nothing
      returning id, user_id
    )
    update digest_items d set outbox_id = made.id
    from made, params p
    where d.user_id = made.user_id and d.outbox_id is null and d.created_at < p.cutoff
    returning made.id`)) as unknown as { rows: { id: string }[] };
  return new Set(result.rows.map((r) => r.id)).size;
}
