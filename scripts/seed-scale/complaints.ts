// The complaint board at scale, written the way community.ts writes the forum: PostgreSQL computes every
// row from generate_series and a plan in `scale_seed` work tables, so nothing but SQL crosses the wire.
//
// Every complaint lives one scripted life (SCRIPTS: accepted solution, auto-resolve, rejection, closing,
// withdrawal, reopening, incident, stalled, never answered…) with step times drawn from its SLA policy,
// cut at the seed's clock: old complaints have finished their script, recent ones are half-way through.
// Comments, "me too", notes and private messages fall in the time it was live; SLA breaches are found
// by replaying sla.ts over each timeline. The complaint's own columns are then computed FROM those
// events, so they agree with them the way docs/decisions/0004-complaint-events.md requires (and
// check-complaints.ts verifies).
import type pg from 'pg';
import type { complaintEventKindEnum } from '@/db/schema';
import type { CloseReason, Status } from '@/lib/complaints/lifecycle';
import { DEFAULT_SLA } from '@/lib/complaints/sla';
import { escapeHtmlSql, inParallel, managerUserSql, type Phase, rowCount, type Scale, spread, staffUserSql, WORKERS } from './community';
import { uuidSql } from './ids';
import {
  COMPLAINT_BRANCHES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CLOSINGS,
  COMPLAINT_DETAILS,
  COMPLAINT_OPENINGS,
  EVENT_TEXTS,
  INCIDENT_TITLES,
  RESPONSE_TEMPLATES,
  STAFF_TEAMS,
  TITLE_ENDINGS,
} from './vocabulary';

/** Public staff statements: each is signed and official, so the first one is the first response (ADR 0004). */
export const STATEMENTS = `'official_reply', 'progress_update', 'solution_proposed', 'incident_update'`;
export const VISIBILITY_SQL = (kind: string) => `case
  when ${kind} in ('note', 'assigned', 'priority_changed', 'sla_breached') then 'internal'
  when ${kind} = 'private_message' then 'private' else 'public' end::complaint_event_visibility`;

/** The seed's "now", fixed once so every statement cuts the timelines at the same instant. */
const NOW = '(select at from scale_seed.c_clock)';
// Times are whole milliseconds, as the app's JavaScript dates write them, so that a due time survives
// its round trip through the ISO text of an sla_breached event.
const ms = (t: string) => `date_trunc('milliseconds', ${t})`;
const WHILE_LIVE = ms('p.created + random() * (l.live_end - p.created)');
const ISO = (t: string) => `to_char(${t} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const minutes = (m: string) => `(${m}) * interval '1 minute'`;
/** A long tail with the given mean (Lomax, shape 1.6): most complaints get little, a few a lot. */
const longTail = (mean: number, cap: string) => `least(${cap}, floor(${mean * 0.6} * (power(1 - random(), -1 / 1.6) - 1)))::int`;

/** How long a step takes after the previous one; `incident_resolved` is when the incident is. */
type Delay = 'none' | 'triage' | 'first_reply' | 'work' | 'author' | 'confirmation' | 'days' | 'incident_link' | 'incident_update' | 'incident_resolved';
type Data = 'priority' | 'priority_change' | 'assignment' | 'template' | 'auto' | 'close' | 'incident_link' | 'incident';
interface Step {
  kind: (typeof complaintEventKindEnum.enumValues)[number];
  from?: Status;
  to?: Status;
  by: 'author' | 'staff' | 'manager' | 'system';
  after: Delay;
  voice?: keyof typeof EVENT_TEXTS;
  data?: Data;
  reason?: CloseReason;
}

// Filing and triage open every script; the manager's two steps are kept only for the complaints whose
// plan has a priority change or an assignment.
const TRIAGE: Step[] = [
  { kind: 'created', to: 'open', by: 'author', after: 'none', data: 'priority' },
  { kind: 'priority_changed', by: 'manager', after: 'triage', data: 'priority_change' },
  { kind: 'assigned', by: 'manager', after: 'triage', data: 'assignment' },
];
const firstReply: Step = { kind: 'official_reply', from: 'open', to: 'acknowledged', by: 'staff', after: 'first_reply', voice: 'reply', data: 'template' };
const progress = (from?: Status): Step => ({ kind: 'progress_update', from, to: from && 'in_progress', by: 'staff', after: 'work', voice: 'progress' });
const propose = (from: Status): Step => ({ kind: 'solution_proposed', from, to: 'solution_proposed', by: 'staff', after: 'work', voice: 'solution' });
const accept: Step = { kind: 'solution_accepted', from: 'solution_proposed', to: 'resolved', by: 'author', after: 'author' };
const close = (from: Status, by: 'staff' | 'author', after: Delay, reason: CloseReason): Step => ({
  kind: 'closed', from, to: 'closed', by, after, data: 'close', reason, voice: reason === 'withdrawn' ? 'withdraw' : `close_${reason}`,
});

// Shares of the complaints that are not part of an incident (one in INCIDENT_EVERY is).
const SCRIPTS: Record<string, { share: number; steps: Step[] }> = {
  accepted: { share: 0.44, steps: [firstReply, progress('acknowledged'), propose('in_progress'), accept] },
  accepted_after_updates: {
    share: 0.12,
    steps: [
      firstReply,
      { kind: 'status_changed', from: 'acknowledged', to: 'in_progress', by: 'staff', after: 'work' },
      progress(),
      progress(),
      propose('in_progress'),
      accept,
    ],
  },
  auto_resolved: {
    share: 0.08,
    steps: [
      firstReply,
      propose('acknowledged'),
      { kind: 'status_changed', from: 'solution_proposed', to: 'resolved', by: 'system', after: 'confirmation', data: 'auto' },
    ],
  },
  rejected_then_accepted: {
    share: 0.07,
    steps: [
      firstReply,
      progress('acknowledged'),
      propose('in_progress'),
      { kind: 'solution_rejected', from: 'solution_proposed', to: 'in_progress', by: 'author', after: 'author', voice: 'rejection' },
      progress(),
      propose('in_progress'),
      accept,
    ],
  },
  not_actionable: { share: 0.06, steps: [firstReply, close('acknowledged', 'staff', 'work', 'not_actionable')] },
  duplicate: { share: 0.04, steps: [close('open', 'staff', 'first_reply', 'duplicate')] },
  no_response: { share: 0.04, steps: [firstReply, progress('acknowledged'), close('in_progress', 'staff', 'days', 'no_response')] },
  withdrawn: { share: 0.04, steps: [close('open', 'author', 'author', 'withdrawn')] },
  withdrawn_after_reply: { share: 0.02, steps: [firstReply, close('acknowledged', 'author', 'author', 'withdrawn')] },
  reopened: {
    share: 0.04,
    steps: [
      firstReply,
      propose('acknowledged'),
      accept,
      { kind: 'reopened', from: 'resolved', to: 'open', by: 'staff', after: 'days', voice: 'reopen' },
      { ...firstReply, after: 'work' },
      propose('acknowledged'),
      accept,
    ],
  },
  // The backlog: answered once and then forgotten, or never answered at all.
  stalled: { share: 0.03, steps: [firstReply, progress('acknowledged')] },
  unanswered: { share: 0.02, steps: [] },
  incident: {
    share: 0,
    steps: [
      { kind: 'incident_linked', by: 'staff', after: 'incident_link', data: 'incident_link' },
      { kind: 'incident_update', by: 'staff', after: 'incident_update', voice: 'incident', data: 'incident' },
      { kind: 'incident_update', from: 'open', to: 'resolved', by: 'staff', after: 'incident_resolved', voice: 'incident_resolved', data: 'incident' },
    ],
  },
};
const INCIDENT_EVERY = 33;

const lit = (v: string | number | undefined) => (v === undefined ? 'null' : typeof v === 'number' ? String(v) : `'${v}'`);

/** The scripts as rows of `scale_seed.c_steps`, triage first. */
function scriptRows(): string {
  return Object.entries(SCRIPTS)
    .flatMap(([scenario, { steps }]) =>
      [...TRIAGE, ...steps].map((s, step) =>
        `(${[scenario, step, s.kind, s.from, s.to, s.by, s.after, s.voice, s.data, s.reason].map(lit).join(', ')})`,
      ),
    )
    .join(',\n');
}
/** A scenario by its share, for a uniform random number `r`. */
function scenarioPick(r: string): string {
  let upTo = 0;
  const arms = Object.entries(SCRIPTS)
    .filter(([, s]) => s.share > 0)
    .map(([scenario, s]) => `when ${r} < ${(upTo += s.share).toFixed(4)} then '${scenario}'`);
  return `case ${arms.join(' ')} else 'accepted' end`;
}

// A step's duration, in terms of its complaint's SLA policy (`sp`): most answers arrive within the
// policy, some late enough to breach it; members take hours to days to answer a proposal.
const DELAY_SQL = `case s.after
  when 'none' then interval '0'
  when 'triage' then ${minutes('sp.first_response_minutes * 0.15 * random()')}
  when 'first_reply' then ${minutes('sp.first_response_minutes * case when random() < 0.08 then 0.9 + 2.5 * random() else 0.05 + 0.6 * random() end')}
  when 'work' then ${minutes('sp.update_minutes * case when random() < 0.06 then 1 + 1.5 * random() else 0.03 + 0.6 * power(random(), 1.5) end')}
  when 'author' then ${minutes('greatest(20, least(4320, sp.resolution_minutes * 0.25 * random()))')}
  when 'confirmation' then (select confirmation_days from community_settings) * interval '1 day' + ${minutes('30 * random()')}
  when 'days' then interval '3 days' + random() * interval '18 days'
  when 'incident_link' then greatest(i.created_at - p.created, interval '0') + ${minutes('10 + 110 * random()')}
  when 'incident_update' then ${minutes('60 + 300 * random()')}
  else interval '0' end`;

const staffUuid = (s: Scale, j: string) => uuidSql('user', staffUserSql(s, j));
const teamOf = (j: string) => `(1 + ((${j}) - 1) % ${STAFF_TEAMS.length})`;

function dataSql(s: Scale): string {
  return `case s.data
  when 'priority' then jsonb_build_object('priority', p.p0)
  when 'priority_change' then jsonb_build_object('from', p.p0, 'to', p.p1)
  when 'assignment' then case p.assign
    when 'person' then jsonb_build_object('assigneeId', ${staffUuid(s, 'p.handler')}, 'teamId', ${uuidSql('team', teamOf('p.handler'))})
    else jsonb_build_object('teamId', ${uuidSql('team', teamOf('p.handler'))}) end
  when 'template' then case when random() < 0.3 then jsonb_build_object('template', ${uuidSql('template', `1 + floor(random() * ${RESPONSE_TEMPLATES.length})`)}) end
  when 'auto' then jsonb_build_object('auto', true)
  when 'close' then jsonb_build_object('reason', s.reason)
    || case when s.reason = 'duplicate' and p.duplicate_of is not null then jsonb_build_object('duplicateOf', p.duplicate_of) else '{}' end
  when 'incident_link' then jsonb_build_object('incidentId', ${uuidSql('incident', 'p.incident')}, 'title', i.title)
  when 'incident' then jsonb_build_object('incidentId', ${uuidSql('incident', 'p.incident')})
  end`;
}

// Status after an event, carried along the timeline as the largest (step, status) of the status
// changes so far: scripted steps are in time order, so the largest is the latest.
const STATUS_KEY = `(e.step * 8 + array_position(enum_range(null::complaint_status), e.to_s) - 1)`;
const statusOfKey = (key: string) => `(enum_range(null::complaint_status))[1 + (${key}) % 8]`;
const FINAL = `('resolved', 'closed')`;
/** The priority now: the triaged one if triage happened before the seed's clock (`l` is c_live). */
const PRIORITY_NOW = 'case when l.reprioritised then p.p1 else p.p0 end';

/** Text voices get this many variants each; an event takes one by its id. */
const TEXT_VARIANTS = 64;
const pick = (arr: string, salt: number) => `(${arr})[1 + ${spread('n', salt)} % array_length(${arr}, 1)]`;
/** Another entry than `pick(arr, salt)` gives, for a second sentence that does not repeat the first. */
const pickAnother = (arr: string, salt: number, salt2: number) =>
  `(${arr})[1 + (${spread('n', salt)} + 1 + ${spread('n', salt2)} % (array_length(${arr}, 1) - 1)) % array_length(${arr}, 1)]`;

async function planComplaints(pool: pg.Pool, scale: Scale): Promise<number> {
  const members = scale.users - scale.staff - scale.managers;
  await pool.query(`
    create unlogged table scale_seed.c_clock as select ${ms('now()')} as at;
    create unlogged table scale_seed.c_steps (
      scenario text, step int, kind complaint_event_kind, from_s complaint_status, to_s complaint_status,
      by text, after text, voice text, data text, reason text, primary key (scenario, step));
    insert into scale_seed.c_steps values ${scriptRows()};`);
  // Incidents are spread over the 400 days; each lasts two to six days (the recent ones still open).
  await pool.query(
    `create unlogged table scale_seed.c_incidents as
     select i, created_at, case when created_at + lasts <= ${NOW} then created_at + lasts end as resolved_at,
            ($1::text[])[1 + i % array_length($1, 1)] || ' · ' || to_char(created_at, 'DD/MM/YYYY') as title,
            ($2::text[])[1 + i % array_length($2, 1)]::incident_type as type, 1 + i % 3 as level,
            1 + i % ${COMPLAINT_CATEGORIES.length} as category, 1 + (i * 7) % ${COMPLAINT_BRANCHES.length} as branch
     from (select i, ${ms(`${NOW} - interval '400 days' * (1 - (i - 1 + random()) / ${scale.incidents})`)} as created_at,
                  ${ms("interval '2 days' + random() * interval '4 days'")} as lasts
           from generate_series(1, ${scale.incidents}) i) x`,
    [INCIDENT_TITLES.map((t) => t[0]), INCIDENT_TITLES.map((t) => t[1])],
  );
  // Who files what, when, under which script, and who at the club handles it (a staff member of the
  // category's team). Numbers follow filing time, as a serial does; every 33rd complaint is part of an
  // incident, filed around its start in its category and branch.
  const n = await rowCount(
    pool,
    `create unlogged table scale_seed.c_plan as
     with drawn as (
       select k, case when k % ${INCIDENT_EVERY} = 0 then 1 + (k / ${INCIDENT_EVERY}) % ${scale.incidents} end as incident,
              random() as r_scenario, random() as r_priority, random() as r_change, random() as r_assign
       from generate_series(1, ${scale.complaints}) k
     ), placed as (
       select d.*,
              ${ms(`case when d.incident is null then ${NOW} - interval '400 days' * power(random(), 1.15)
                   else least(${NOW} - interval '1 minute', i.created_at - interval '12 hours' + random() * interval '36 hours') end`)} as created,
              coalesce(i.category, 1 + floor(${COMPLAINT_CATEGORIES.length} * power(random(), 1.4))::int) as category,
              coalesce(i.branch, 1 + floor(${COMPLAINT_BRANCHES.length} * power(random(), 1.2))::int) as branch
       from drawn d left join scale_seed.c_incidents i on i.i = d.incident
     ), numbered as (
       select row_number() over (order by created)::int as n, placed.*,
              case when incident is not null then 'incident' else ${scenarioPick('r_scenario')} end as scenario,
              case when incident is not null then 'high' when r_priority < 0.05 then 'urgent' when r_priority < 0.25 then 'high'
                   when r_priority < 0.85 then 'normal' else 'low' end::complaint_priority as p0
       from placed
     )
     select n, scenario, incident, created, category, branch, p0,
            -- Triage raises a few priorities by one step (and calms an urgent one down).
            case when r_change >= 0.06 then p0 when p0 = 'urgent' then 'high'
                 else (enum_range(null::complaint_priority))[array_position(enum_range(null::complaint_priority), p0) - 1] end as p1,
            case when r_assign < 0.8 then 'person' when r_assign < 0.92 then 'team' end as assign,
            1 + floor(${members} * power(random(), 1.3))::int as author_u,
            ($4::int[])[category] + ${STAFF_TEAMS.length} * floor(random() * ${scale.staff / STAFF_TEAMS.length})::int as handler,
            1 + n % ${scale.managers} as manager,
            case when n > 1 then n - 1 - floor(random() * least(n - 1, 200))::int end as duplicate_of,
            -- At most one member in 50 says "me too"; complaints that make an incident draw four times as many.
            least(${Math.max(20, Math.floor(members / 50))}, ${longTail(3.3, `${members}`)} * case when incident is null then 1 else 4 end) as n_me_too,
            ${longTail(1.1, '60')} as n_comments,
            random() < 0.25 as has_note,
            case when random() < 0.08 then 1 + floor(random() * 3)::int else 0 end as n_private,
            stem || ${pick('$2::text[]', 40503)} as title, md, html
     from numbered,
          lateral (select ($1::jsonb -> (category - 1)) ->> (${spread('n')} % jsonb_array_length($1::jsonb -> (category - 1)))::int as stem) s,
          lateral (select ${pick('$5::text[]', 7919)} || ' ' || stem || ' (' || ($3::text[])[branch] || ').' as para1,
                          ${pick('$6::text[]', 104729)} || ' ' || ${pickAnother('$6::text[]', 104729, 31)} as para2,
                          ${pick('$7::text[]', 97)} as para3) paragraphs,
          lateral (select para1 || E'\\n\\n' || para2 || E'\\n\\n' || para3 as md,
                          '<p>' || ${escapeHtmlSql('para1')} || E'</p>\\n<p>' || ${escapeHtmlSql('para2')} || E'</p>\\n<p>' || ${escapeHtmlSql('para3')} || E'</p>\\n' as html) body`,
    [
      JSON.stringify(COMPLAINT_CATEGORIES.map((c) => c[2])),
      TITLE_ENDINGS,
      COMPLAINT_BRANCHES,
      COMPLAINT_CATEGORIES.map((c) => c[1]),
      COMPLAINT_OPENINGS,
      COMPLAINT_DETAILS,
      COMPLAINT_CLOSINGS,
    ],
  );
  await pool.query('alter table scale_seed.c_plan add primary key (n); analyze scale_seed.c_plan');
  // One sentence from each slot of a voice; `i` in the pick keeps it from being computed only once.
  await pool.query(
    `create unlogged table scale_seed.c_texts as
     select v.key as voice, i, t.md, '<p>' || ${escapeHtmlSql('t.md')} || E'</p>\\n' as html
     from jsonb_each($1::jsonb) v, generate_series(0, ${TEXT_VARIANTS - 1}) i,
          lateral (select string_agg(slot ->> floor(random() * jsonb_array_length(slot) + i * 0)::int, ' ' order by o) as md
                   from jsonb_array_elements(v.value) with ordinality x(slot, o)) t`,
    [JSON.stringify(EVENT_TEXTS)],
  );
  await pool.query('alter table scale_seed.c_texts add primary key (voice, i)');
  return n;
}

/** Every event but the SLA breaches, in `scale_seed.cev`: the scripts cut at now, then what members add. */
async function writeTimelines(pool: pg.Pool, scale: Scale): Promise<number> {
  const members = scale.users - scale.staff - scale.managers;
  const handler = staffUserSql(scale, 'p.handler');
  await pool.query(`
    create unlogged table scale_seed.cev (
      n int not null, step int, ord int not null, t timestamptz not null, kind complaint_event_kind not null,
      actor_u int, from_s complaint_status, to_s complaint_status, data jsonb, voice text);
    insert into scale_seed.cev
    select n, step, step, t, kind, actor_u, from_s, to_s, data, voice from (
      select p.n, s.step, s.kind, s.from_s, s.to_s, s.voice,
             case s.by when 'author' then p.author_u when 'staff' then ${handler} when 'manager' then ${managerUserSql(scale, 'p.manager')} end as actor_u,
             ${dataSql(scale)} as data,
             case when s.after = 'incident_resolved' then coalesce(i.resolved_at, 'infinity')
                  else ${ms(`p.created + sum(${DELAY_SQL}) over (partition by p.n order by s.step)`)} end as t
      from scale_seed.c_plan p
      join scale_seed.c_steps s on s.scenario = p.scenario
      join sla_policies sp on sp.priority = p.p1
      left join scale_seed.c_incidents i on i.i = p.incident
      where (s.kind <> 'priority_changed' or p.p1 <> p.p0) and (s.kind <> 'assigned' or p.assign is not null)
    ) scripted
    where t <= ${NOW};

    -- Members only add to a complaint while it is live: until it first ends, or until now.
    create unlogged table scale_seed.c_live as
    select e.n, coalesce(min(e.t) filter (where e.to_s in ${FINAL}), ${NOW}) as live_end,
           ${statusOfKey(`max(${STATUS_KEY}) filter (where e.to_s is not null)`)} as status,
           max(e.t) filter (where e.to_s is not null) as status_t,
           bool_or(e.kind = 'priority_changed') as reprioritised
    from scale_seed.cev e group by e.n;
    alter table scale_seed.c_live add primary key (n);

    -- "Me too" from other members; two in three of them also follow the complaint, as its author does.
    create unlogged table scale_seed.c_me_too as
    select n, u, t, ${spread('n * 7 + u', 97)} % 3 <> 0 as follows
    from (select p.n, p.author_u, 1 + (${spread('p.n')} + k * 7919) % ${members} as u, ${WHILE_LIVE} as t
          from scale_seed.c_plan p join scale_seed.c_live l using (n) cross join generate_series(1, p.n_me_too) k) picks
    where u <> author_u;
    create unlogged table scale_seed.c_followers as
    select n, author_u as u, created as t from scale_seed.c_plan
    union all select n, u, t from scale_seed.c_me_too where follows;

    insert into scale_seed.cev (n, ord, t, kind, actor_u, voice)
    select n, 100, t, 'me_too'::complaint_event_kind, u, null from scale_seed.c_me_too
    union all
    select p.n, 100, ${WHILE_LIVE}, 'comment',
           case when random() < 0.3 then p.author_u else 1 + floor(random() * ${members})::int end, 'comment'
    from scale_seed.c_plan p join scale_seed.c_live l using (n) cross join generate_series(1, p.n_comments) k
    union all
    select p.n, 100, ${WHILE_LIVE}, 'note', ${handler}, 'note'
    from scale_seed.c_plan p join scale_seed.c_live l using (n) where p.has_note;

    -- The private case: the author's first message (some moved there by the PII guard) goes with the one
    -- public "continued privately" entry; staff and author then take turns.
    with private as (
      select p.n, p.n_private, p.author_u, ${handler} as staff_u, l.live_end,
             ${ms('p.created + 0.7 * random() * (l.live_end - p.created)')} as opened, random() < 0.4 as guarded
      from scale_seed.c_plan p join scale_seed.c_live l using (n) where p.n_private > 0
    )
    insert into scale_seed.cev (n, ord, t, kind, actor_u, data, voice)
    select n, 100 + 2 * k, ${ms('opened + (k - 1) * (live_end - opened) / 4')}, 'private_message'::complaint_event_kind,
           case when k % 2 = 1 then author_u else staff_u end,
           case when k = 1 and guarded then jsonb_build_object('fromGuard', true) end,
           case when k % 2 = 1 then 'private_author' else 'private_staff' end
    from private cross join generate_series(1, n_private) k
    union all
    select n, 103, opened, 'continued_privately', author_u, null, null from private;`);

  // One satisfaction answer for most finished complaints, within the 30-day window after they ended.
  await pool.query(`
    create unlogged table scale_seed.c_ratings as
    select n, t, rating, case when happy then r_solved < 0.88 else r_solved < 0.2 end as solved,
           r_stay < case when rating >= 3 then 0.92 else 0.45 end as would_stay,
           case when r_comment < 0.3 then (select md from scale_seed.c_texts c where c.voice = 'rating' and c.i = n % ${TEXT_VARIANTS}) end as comment
    from (select l.n, l.status = 'resolved' as happy, ${ms("l.status_t + interval '10 minutes' + random() * interval '10 days'")} as t,
                 random() as r_solved, random() as r_stay, random() as r_comment,
                 1 + width_bucket(random(), case when l.status = 'resolved' then array[0.05, 0.13, 0.25, 0.55] else array[0.3, 0.6, 0.85, 0.95] end::float8[]) as rating
          from scale_seed.c_live l join scale_seed.c_plan p using (n)
          where l.status in ${FINAL} and random() < case when l.status = 'resolved' then 0.75 when p.scenario like 'withdrawn%' then 0.3 else 0.45 end) answers
    where t <= ${NOW};
    insert into scale_seed.cev (n, ord, t, kind, actor_u, data)
    select r.n, 100, r.t, 'rated', p.author_u, jsonb_build_object('rating', r.rating, 'solved', r.solved, 'wouldStay', r.would_stay)
    from scale_seed.c_ratings r join scale_seed.c_plan p using (n);`);
  const { rows } = await pool.query<{ n: string }>('select count(*) as n from scale_seed.cev');
  return Number(rows[0]?.n);
}

/**
 * Replays lib/complaints/sla.ts along every timeline: the status, first response and last staff
 * statement after each event give `nextDueAt`; a due time that passed before the next change is a
 * breach, recorded once, a few minutes after it (by the sweep) or at the late answer, whichever came
 * first. The resolution clock is breached when the complaint was not finished at its due time.
 */
async function replaySla(pool: pg.Pool): Promise<number> {
  await pool.query(`
    create unlogged table scale_seed.c_state as
    with running as (
      select e.n, e.t, e.ord,
             ${statusOfKey(`max(${STATUS_KEY}) filter (where e.to_s is not null) over w`)} as status,
             bool_or(e.kind = 'priority_changed') over w as reprioritised,
             min(e.t) filter (where e.kind in (${STATEMENTS})) over w as fr,
             max(e.t) filter (where e.kind in (${STATEMENTS})) over w as lsu
      from scale_seed.cev e
      window w as (partition by e.n order by e.t, e.ord rows unbounded preceding)
    ), due as (
      -- nextDueAt(policy, facts) of sla.ts, with the policy of the priority at that moment.
      select r.*, case
               when r.status in ('solution_proposed', 'resolved', 'closed') then null
               when r.fr is null then p.created + ${minutes('sp.first_response_minutes')}
               else coalesce(r.lsu, r.fr) + ${minutes('sp.update_minutes')} end as due
      from running r join scale_seed.c_plan p using (n)
      join sla_policies sp on sp.priority = case when r.reprioritised then p.p1 else p.p0 end
    )
    select d.*, lag(d.due) over w as prev_due, lead(d.t) over w as next_t
    from due d window w as (partition by d.n order by d.t, d.ord);

    insert into scale_seed.cev (n, ord, t, kind, data)
    select n, -1, least(${ms("due + random() * interval '5 minutes'")}, seg_end), 'sla_breached'::complaint_event_kind,
           jsonb_build_object('clock', clock, 'dueAt', ${ISO('due')})
    from (select n, due, case when fr is null then 'first_response' else 'update' end as clock,
                 coalesce(lead(t) over (partition by n order by t, ord), ${NOW}) as seg_end
          from scale_seed.c_state where due is distinct from prev_due) segment
    where due < seg_end
    union all
    select st.n, -1, least(${ms("r.due + random() * interval '5 minutes'")}, coalesce(st.next_t, ${NOW})), 'sla_breached',
           jsonb_build_object('clock', 'resolution', 'dueAt', ${ISO('r.due')})
    from scale_seed.c_state st join scale_seed.c_plan p using (n) join scale_seed.c_live l using (n)
    join sla_policies sp on sp.priority = ${PRIORITY_NOW},
         lateral (select p.created + ${minutes('sp.resolution_minutes')} as due) r
    where st.t <= r.due and (st.next_t > r.due or st.next_t is null) and st.status not in ${FINAL} and r.due <= ${NOW};

    -- Identifiers in time order, as the bigserial gives them when the events happen one after another.
    create unlogged table scale_seed.c_events as
    select row_number() over (order by t, ord, n) as id, * from scale_seed.cev;

    create unlogged table scale_seed.c_summary as
    select s.n, s.status, s.fr, s.lsu, s.due,
           a.solution_proposed_at, a.resolved_at, a.closed_at, a.close_reason, a.duplicate_of, a.assignee, a.team, a.incident,
           a.reopens, a.me_too, a.comments, a.continued_privately, a.last_breach, f.followers
    from scale_seed.c_state s
    join (select n, max(t) filter (where to_s = 'solution_proposed') as solution_proposed_at,
                 max(t) filter (where to_s = 'resolved') as resolved_at,
                 max(t) filter (where to_s = 'closed') as closed_at,
                 max(data ->> 'reason') filter (where kind = 'closed') as close_reason,
                 max((data ->> 'duplicateOf')::int) filter (where kind = 'closed') as duplicate_of,
                 max(data ->> 'assigneeId') filter (where kind = 'assigned') as assignee,
                 max(data ->> 'teamId') filter (where kind = 'assigned') as team,
                 max(data ->> 'incidentId') filter (where kind = 'incident_linked') as incident,
                 count(*) filter (where kind in ('solution_rejected', 'reopened'))::int as reopens,
                 count(*) filter (where kind = 'me_too')::int as me_too,
                 count(*) filter (where kind = 'comment')::int as comments,
                 bool_or(kind = 'continued_privately') as continued_privately,
                 max(t) filter (where kind = 'sla_breached' and data ->> 'clock' <> 'resolution') as last_breach
          from scale_seed.cev group by n) a using (n)
    join (select n, count(*)::int as followers from scale_seed.c_followers group by n) f using (n)
    where s.next_t is null;
    alter table scale_seed.c_summary add primary key (n);`);
  const { rows } = await pool.query<{ n: string }>("select count(*) as n from scale_seed.c_events where kind = 'sla_breached'");
  return Number(rows[0]?.n);
}

const setSequence = (pool: pg.Pool, table: string, column: string) =>
  pool.query(`select setval(pg_get_serial_sequence('${table}', '${column}'), (select max(${column}) from ${table}))`);

export const COMPLAINT_PHASES: Phase[] = [
  {
    table: 'complaint lists and staff teams',
    run: async ({ pool, scale }) => {
      const named = (table: string, kind: 'category' | 'branch' | 'team', names: string[]) =>
        rowCount(pool, `insert into ${table} (id, name, position) select ${uuidSql(kind, 'i')}, name, i from unnest($1::text[]) with ordinality x(name, i)`, [names]);
      const counts = await Promise.all([
        named('complaint_categories', 'category', COMPLAINT_CATEGORIES.map((c) => c[0])),
        named('complaint_branches', 'branch', COMPLAINT_BRANCHES),
        named('staff_teams', 'team', STAFF_TEAMS),
      ]);
      counts.push(
        // Migration 0007 inserts these defaults, but `--force` has just emptied the table with the rest.
        await rowCount(
          pool,
          `insert into sla_policies (priority, first_response_minutes, update_minutes, resolution_minutes)
           select * from unnest($1::complaint_priority[], $2::int[], $3::int[], $4::int[]) on conflict (priority) do nothing`,
          [
            Object.keys(DEFAULT_SLA),
            ...(['firstResponseMinutes', 'updateMinutes', 'resolutionMinutes'] as const).map((k) => Object.values(DEFAULT_SLA).map((p) => p[k])),
          ],
        ),
        await rowCount(
          pool,
          `insert into staff_team_members (team_id, user_id)
           select ${uuidSql('team', teamOf('j'))}, ${uuidSql('user', staffUserSql(scale, 'j'))} from generate_series(1, ${scale.staff}) j`,
        ),
        await rowCount(
          pool,
          `insert into response_templates (id, title, body_md, position, created_by, created_at)
           select ${uuidSql('template', 'i')}, title, body, i, ${uuidSql('user', managerUserSql(scale, '1'))}, now() - interval '420 days'
           from unnest($1::text[], $2::text[]) with ordinality x(title, body, i)`,
          [RESPONSE_TEMPLATES.map((t) => t[0]), RESPONSE_TEMPLATES.map((t) => t[1])],
        ),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
  },
  { table: 'complaint plan (work tables)', run: ({ pool, scale }) => planComplaints(pool, scale) },
  {
    table: 'incidents',
    run: ({ pool, scale }) =>
      rowCount(
        pool,
        `insert into incidents (id, title, type, level, created_by, created_at, resolved_at)
         select ${uuidSql('incident', 'i')}, title, type, level, ${uuidSql('user', managerUserSql(scale, `1 + i % ${scale.managers}`))}, created_at, resolved_at
         from scale_seed.c_incidents`,
      ),
  },
  { table: 'complaint timelines (work table)', run: ({ pool, scale }) => writeTimelines(pool, scale) },
  { table: 'SLA replay: sla_breached events', run: ({ pool }) => replaySla(pool) },
  {
    table: 'complaints',
    run: async ({ pool }) => {
      const n = await inParallel(
        pool,
        WORKERS,
        `insert into complaints (id, number, author_id, title, body_md, body_html, category_id, branch_id, priority, status,
                                 close_reason, duplicate_of_id, assignee_id, assignee_team_id, incident_id, created_at,
                                 first_response_at, last_staff_update_at, solution_proposed_at, resolved_at, closed_at,
                                 next_due_at, resolution_due_at, breached_at, reopen_count, me_too_count, follower_count,
                                 comment_count, continued_privately)
         select ${uuidSql('complaint', 'p.n')}, p.n, ${uuidSql('user', 'p.author_u')}, p.title, p.md, p.html,
                ${uuidSql('category', 'p.category')}, ${uuidSql('branch', 'p.branch')}, sp.priority, s.status,
                case when s.status = 'closed' then s.close_reason::complaint_close_reason end,
                case when s.status = 'closed' then ${uuidSql('complaint', 's.duplicate_of')} end,
                s.assignee::uuid, s.team::uuid, s.incident::uuid, p.created,
                s.fr, s.lsu, s.solution_proposed_at, s.resolved_at, s.closed_at,
                s.due, p.created + ${minutes('sp.resolution_minutes')}, case when s.due <= ${NOW} then s.last_breach end,
                s.reopens, s.me_too, s.followers, s.comments, coalesce(s.continued_privately, false)
         from scale_seed.c_plan p join scale_seed.c_summary s using (n) join scale_seed.c_live l using (n)
         join sla_policies sp on sp.priority = ${PRIORITY_NOW}
         where p.n % $2 = $1`,
      );
      await setSequence(pool, 'complaints', 'number');
      return n;
    },
  },
  {
    table: 'complaint_events',
    run: async ({ pool }) => {
      const n = await inParallel(
        pool,
        WORKERS,
        `insert into complaint_events (id, complaint_id, kind, visibility, actor_id, body_md, body_html, from_status, to_status, data, created_at)
         select e.id, ${uuidSql('complaint', 'e.n')}, e.kind, ${VISIBILITY_SQL('e.kind')}, ${uuidSql('user', 'e.actor_u')},
                x.md, x.html, e.from_s, e.to_s, e.data, e.t
         from scale_seed.c_events e
         left join scale_seed.c_texts x on x.voice = e.voice and x.i = ${spread('e.id')} % ${TEXT_VARIANTS}
         where e.id % $2 = $1`,
      );
      await setSequence(pool, 'complaint_events', 'id');
      return n;
    },
  },
  ...(['complaint_me_too', 'complaint_followers'] as const).map(
    (table): Phase => ({
      table,
      run: ({ pool }) =>
        inParallel(
          pool,
          WORKERS,
          `insert into ${table} (complaint_id, user_id, created_at)
           select ${uuidSql('complaint', 'n')}, ${uuidSql('user', 'u')}, t from scale_seed.c_${table.slice('complaint_'.length)} where n % $2 = $1`,
        ),
    }),
  ),
  {
    table: 'complaint_ratings',
    run: ({ pool }) =>
      rowCount(
        pool,
        `insert into complaint_ratings (complaint_id, solved, rating, would_stay, comment, created_at)
         select ${uuidSql('complaint', 'n')}, solved, rating, would_stay, comment, t from scale_seed.c_ratings`,
      ),
  },
  {
    // The author hears of official answers and of status changes others made, over the last 60 days.
    table: 'notifications (complaints)',
    run: ({ pool }) =>
      rowCount(
        pool,
        `insert into notifications (user_id, kind, actor_id, complaint_id, complaint_event_id, created_at, read_at)
         select ${uuidSql('user', 'p.author_u')},
                case when e.kind = 'official_reply' then 'complaint_reply' else 'complaint_status' end::notification_kind,
                ${uuidSql('user', 'e.actor_u')}, ${uuidSql('complaint', 'e.n')}, e.id, e.t,
                case when e.t < ${NOW} - interval '3 days' and random() < 0.9 then e.t + random() * interval '2 days' end
         from scale_seed.c_events e join scale_seed.c_plan p using (n)
         where e.t > ${NOW} - interval '60 days'
           and (e.kind = 'official_reply' or (e.to_s is not null and e.kind <> 'created' and e.actor_u is distinct from p.author_u))`,
      ),
  },
];
