// What docs/decisions/0004-complaint-events.md promises about complaints, as SQL that counts the rows
// breaking each rule. Run after every scale seed and by `npm run seed:scale -- --check`; it reads any
// database, so it can also judge rows that the app's verbs wrote.
import type pg from 'pg';
import { FACTS_DRIFT_SQL } from '@/lib/complaints/metrics/facts';
import { STATEMENTS, VISIBILITY_SQL } from './complaints';
/** The actor's role, 'none' for the system, so that a missing actor never slips through a NOT IN. */
const IS_STAFF = `coalesce(u.role::text, 'none') in ('staff', 'manager')`;

/** Per complaint, what its events say the denormalized columns must be. */
const FROM_EVENTS = `(
  select e.complaint_id,
         (array_agg(e.to_status order by e.id desc) filter (where e.to_status is not null))[1] as status,
         min(e.created_at) filter (where e.kind in (${STATEMENTS})) as first_response_at,
         max(e.created_at) filter (where e.kind in (${STATEMENTS})) as last_staff_update_at,
         max(e.created_at) filter (where e.to_status = 'solution_proposed') as solution_proposed_at,
         max(e.created_at) filter (where e.to_status = 'resolved') as resolved_at,
         max(e.created_at) filter (where e.to_status = 'closed') as closed_at,
         (array_agg(e.data ->> 'reason' order by e.id desc) filter (where e.kind = 'closed'))[1] as close_reason,
         (array_agg(e.data order by e.id desc) filter (where e.kind = 'assigned'))[1] as assignment,
         coalesce((array_agg(e.data ->> 'to' order by e.id desc) filter (where e.kind = 'priority_changed'))[1],
                  (array_agg(e.data ->> 'priority') filter (where e.kind = 'created'))[1]) as priority,
         count(*) filter (where e.kind in ('solution_rejected', 'reopened')) as reopens,
         count(*) filter (where e.kind = 'comment') as comments,
         count(*) filter (where e.kind = 'me_too') as me_too_events,
         bool_or(e.kind = 'continued_privately') as continued_privately,
         bool_or(e.kind = 'private_message') as private_messages,
         (array_agg(e.data ->> 'incidentId') filter (where e.kind = 'incident_linked'))[1] as incident_id
  from complaint_events e group by e.complaint_id
) ev`;

const countOf = (table: string) => `(select complaint_id, count(*) as n from ${table} group by complaint_id)`;

export const COMPLAINT_CHECKS: { rule: string; sql: string }[] = [
  {
    rule: 'me_too_count = rows in complaint_me_too = me_too events',
    sql: `select count(*) from complaints c join ${FROM_EVENTS} on ev.complaint_id = c.id
          left join ${countOf('complaint_me_too')} m on m.complaint_id = c.id
          where c.me_too_count <> coalesce(m.n, 0) or c.me_too_count <> ev.me_too_events`,
  },
  {
    rule: 'follower_count = rows in complaint_followers',
    sql: `select count(*) from complaints c left join ${countOf('complaint_followers')} f on f.complaint_id = c.id
          where c.follower_count <> coalesce(f.n, 0)`,
  },
  {
    rule: 'comment_count, reopen_count, continued_privately agree with the events',
    sql: `select count(*) from complaints c join ${FROM_EVENTS} on ev.complaint_id = c.id
          where c.comment_count <> ev.comments or c.reopen_count <> ev.reopens or c.continued_privately <> ev.continued_privately
             or (ev.private_messages and not ev.continued_privately)`,
  },
  {
    rule: 'status = to_status of the latest status-changing event',
    sql: `select count(*) from complaints c join ${FROM_EVENTS} on ev.complaint_id = c.id where c.status is distinct from ev.status`,
  },
  {
    rule: 'first_response_at / last_staff_update_at = first / last public staff statement',
    sql: `select count(*) from complaints c join ${FROM_EVENTS} on ev.complaint_id = c.id
          where c.first_response_at is distinct from ev.first_response_at or c.last_staff_update_at is distinct from ev.last_staff_update_at`,
  },
  {
    rule: 'solution_proposed_at / resolved_at / closed_at = latest move into that status; close_reason of the latest closing',
    sql: `select count(*) from complaints c join ${FROM_EVENTS} on ev.complaint_id = c.id
          where c.solution_proposed_at is distinct from ev.solution_proposed_at or c.resolved_at is distinct from ev.resolved_at
             or c.closed_at is distinct from ev.closed_at
             or c.close_reason::text is distinct from case when c.status = 'closed' then ev.close_reason end`,
  },
  {
    rule: 'priority, assignee, team and incident = what the latest events set',
    sql: `select count(*) from complaints c join ${FROM_EVENTS} on ev.complaint_id = c.id
          where c.priority::text <> ev.priority
             or c.assignee_id is distinct from (ev.assignment ->> 'assigneeId')::uuid
             or c.assignee_team_id is distinct from (ev.assignment ->> 'teamId')::uuid
             or c.incident_id is distinct from ev.incident_id::uuid`,
  },
  {
    rule: 'status changes chain: each from_status is the previous to_status, and only status kinds carry them',
    sql: `select count(*) from (
            select e.kind, e.from_status, e.to_status,
                   lag(e.to_status) over (partition by e.complaint_id order by e.id) as before
            from complaint_events e where e.to_status is not null or e.from_status is not null) s
          where (s.kind = 'created') <> (s.before is null and s.from_status is null and s.to_status = 'open')
             or (s.kind <> 'created' and (s.from_status is null or s.to_status is null or s.from_status is distinct from s.before))
             or s.kind not in ('created', 'official_reply', 'progress_update', 'status_changed', 'solution_proposed', 'solution_accepted',
                               'solution_rejected', 'closed', 'reopened', 'incident_update')
             or (s.kind in ('solution_proposed', 'solution_accepted', 'solution_rejected', 'closed', 'reopened') and s.to_status::text <>
                 case s.kind when 'solution_proposed' then 'solution_proposed' when 'solution_accepted' then 'resolved'
                             when 'solution_rejected' then 'in_progress' when 'closed' then 'closed' else 'open' end)`,
  },
  {
    rule: 'kinds that always change the status carry from/to',
    sql: `select count(*) from complaint_events where kind in ('created', 'status_changed', 'solution_accepted', 'solution_rejected', 'closed', 'reopened')
          and to_status is null`,
  },
  {
    rule: 'each timeline opens with its author filing it, at created_at, and runs forward in time',
    sql: `select count(*) from complaints c
          where not exists (select 1 from complaint_events e where e.complaint_id = c.id and e.kind = 'created'
                              and e.actor_id = c.author_id and e.created_at = c.created_at
                              and e.id = (select min(id) from complaint_events f where f.complaint_id = c.id))
             or exists (select 1 from (select created_at < lag(created_at) over (order by id) as back
                                       from complaint_events e where e.complaint_id = c.id) t where back)`,
  },
  {
    rule: 'visibility by kind, and who may act: staff, the author, a member, or the system',
    sql: `select count(*) from complaint_events e join complaints c on c.id = e.complaint_id left join users u on u.id = e.actor_id
          where e.visibility <> ${VISIBILITY_SQL('e.kind')}
             or case
                  when e.kind in ('official_reply', 'progress_update', 'solution_proposed', 'note', 'assigned', 'priority_changed', 'reopened',
                                  'redacted', 'incident_linked', 'incident_update') then not ${IS_STAFF}
                  when e.kind in ('created', 'solution_accepted', 'solution_rejected', 'rated') then e.actor_id is distinct from c.author_id
                  when e.kind = 'me_too' then e.actor_id is null or e.actor_id = c.author_id
                  when e.kind = 'status_changed' then e.actor_id is not null and not ${IS_STAFF}
                  when e.kind in ('closed', 'private_message', 'continued_privately') then e.actor_id is distinct from c.author_id and not ${IS_STAFF}
                  when e.kind = 'sla_breached' then e.actor_id is not null
                  else e.actor_id is null
                end`,
  },
  {
    rule: 'next_due_at and resolution_due_at follow lib/complaints/sla.ts with the sla_policies rows',
    sql: `select count(*) from complaints c join sla_policies sp on sp.priority = c.priority
          where c.next_due_at is distinct from case
                  when c.status in ('solution_proposed', 'resolved', 'closed') then null
                  when c.first_response_at is null then c.created_at + sp.first_response_minutes * interval '1 minute'
                  else coalesce(c.last_staff_update_at, c.first_response_at) + sp.update_minutes * interval '1 minute' end
             or c.resolution_due_at <> c.created_at + sp.resolution_minutes * interval '1 minute'`,
  },
  {
    rule: 'sla_breached: internal, by the system, once per clock and due time, after it',
    sql: `select count(*) from (
            select complaint_id, data ->> 'clock' as clock, data ->> 'dueAt' as due, count(*) over (partition by complaint_id, data ->> 'clock', data ->> 'dueAt') as times,
                   created_at, actor_id
            from complaint_events where kind = 'sla_breached') b
          where b.times > 1 or b.actor_id is not null or b.clock not in ('first_response', 'update', 'resolution') or b.created_at < b.due::timestamptz`,
  },
  {
    rule: 'breached_at is the recorded breach of the current next_due_at, on every complaint overdue at seed time',
    sql: `select count(*) from complaints c
          where (c.breached_at is not null and not exists (
                   select 1 from complaint_events e where e.complaint_id = c.id and e.kind = 'sla_breached'
                     and e.created_at = c.breached_at and (e.data ->> 'dueAt')::timestamptz = c.next_due_at))
             or (c.breached_at is null and c.next_due_at < (select max(created_at) from complaint_events))`,
  },
  {
    rule: 'ratings only on finished complaints, within 30 days, each with its one matching rated event',
    sql: `select count(*) from complaint_ratings r join complaints c on c.id = r.complaint_id
          where c.status not in ('resolved', 'closed')
             or r.created_at < coalesce(case when c.status = 'resolved' then c.resolved_at else c.closed_at end, 'infinity')
             or r.created_at > case when c.status = 'resolved' then c.resolved_at else c.closed_at end + interval '30 days'
             or (select count(*) from complaint_events e where e.complaint_id = c.id and e.kind = 'rated') <> 1
             or not exists (select 1 from complaint_events e where e.complaint_id = c.id and e.kind = 'rated' and e.actor_id = c.author_id
                              and e.created_at = r.created_at
                              and e.data = jsonb_build_object('rating', r.rating, 'solved', r.solved, 'wouldStay', r.would_stay))`,
  },
  {
    rule: 'no rated event without a rating',
    sql: `select count(*) from complaint_events e where e.kind = 'rated' and not exists (select 1 from complaint_ratings r where r.complaint_id = e.complaint_id)`,
  },
  {
    rule: 'a "me too" comes from a member who is not the author and has its complaint_me_too row',
    sql: `select count(*) from complaint_events e join complaints c on c.id = e.complaint_id
          where e.kind = 'me_too' and not exists (select 1 from complaint_me_too m where m.complaint_id = e.complaint_id and m.user_id = e.actor_id)`,
  },
  {
    rule: 'duplicate_of_id is the complaint the closing event names',
    sql: `select count(*) from complaints c
          where c.duplicate_of_id is distinct from (
            select d.id from complaint_events e join complaints d on d.number = (e.data ->> 'duplicateOf')::int
            where e.complaint_id = c.id and e.kind = 'closed' and c.status = 'closed' order by e.id desc limit 1)`,
  },
  {
    rule: 'complaint notifications go to the author and point at an event of their complaint',
    sql: `select count(*) from notifications n join complaints c on c.id = n.complaint_id
          left join complaint_events e on e.id = n.complaint_event_id
          where n.kind::text like 'complaint%' and n.kind not in ('complaint_new', 'complaint_assigned', 'complaint_sla_warning', 'complaint_sla_breached')
            and (n.user_id <> c.author_id or e.complaint_id is distinct from c.id)`,
  },
  {
    rule: 'complaint_facts holds every complaint as its events and rating count it (migration 0013)',
    sql: FACTS_DRIFT_SQL,
  },
  {
    rule: 'complaint numbers and event ids continue after the seeded ones',
    sql: `select ((select last_value from complaints_number_seq) <> coalesce((select max(number) from complaints), 1)
               or (select last_value from complaint_events_id_seq) <> coalesce((select max(id) from complaint_events), 1))::int`,
  },
];

/** Prints each rule with the rows that break it; returns how many rules are broken. */
export async function checkComplaints(pool: pg.Pool): Promise<number> {
  let broken = 0;
  for (const check of COMPLAINT_CHECKS) {
    const { rows } = await pool.query<Record<string, string>>(check.sql);
    const bad = Number(Object.values(rows[0] ?? {})[0] ?? 0);
    if (bad > 0) broken++;
    console.log(`  ${bad > 0 ? '✗' : '✓'} ${check.rule}${bad > 0 ? `: ${bad.toLocaleString('en')} rows` : ''}`);
  }
  return broken;
}
