// The community at scale, written by PostgreSQL itself: every table is one (or two parallel)
// INSERT … SELECT over generate_series, so nothing but SQL text crosses the wire. Work tables in the
// schema `scale_seed` hold the plan (who is in which group, how many posts each thread gets) that
// several tables must agree on; they are unlogged and dropped at the end.
import type pg from 'pg';
import { BIG_THREAD_REPLIES, uuidSql } from './ids';
import { FIRST_NAMES, GROUP_QUALIFIERS, MANAGER_TITLE, STAFF_TEAMS, SURNAMES, TITLE_OPENINGS, TITLE_SUBJECTS, TOPICS, WORDS } from './vocabulary';

export interface Scale {
  users: number;
  groups: number;
  threads: number;
  posts: number;
  membershipsPerUser: number;
  /** The last `staff + managers` accounts answer complaints: managers first, then staff. */
  staff: number;
  managers: number;
  complaints: number;
  incidents: number;
}

// `share` scales the community; complaints shrink more slowly, so that even the small database has a
// board with pages, filters and every status to look at.
export const SIZES = {
  full: { share: 1, complaints: 100_000 },
  medium: { share: 1 / 10, complaints: 20_000 },
  small: { share: 1 / 100, complaints: 2_000 },
} as const;
export type SizeName = keyof typeof SIZES;

export function scaleOf(size: SizeName): Scale {
  const { share: f, complaints } = SIZES[size];
  return {
    users: Math.round(100_000 * f),
    groups: Math.max(10, Math.round(500 * f)),
    threads: Math.round(50_000 * f),
    posts: Math.round(1_000_000 * f),
    membershipsPerUser: 5,
    staff: 30,
    managers: 3,
    complaints,
    // A few hundred at full size, about one complaint in 300 starting one.
    incidents: Math.max(5, Math.round(complaints / 330)),
  };
}

/** User number of staff member `j` (1-based), and of manager `m`: the last accounts of the community. */
export const staffUserSql = (s: Scale, j: string) => `(${s.users - s.staff} + (${j}))`;
export const managerUserSql = (s: Scale, m: string) => `(${s.users - s.staff - s.managers} + (${m}))`;

export interface SeedContext {
  pool: pg.Pool;
  scale: Scale;
  passwordHash: string;
  /** Demo accounts from lib/demo/seed.ts that the scale data refers to. */
  managerId: string;
  anaId: string;
}

/** One step of the load. `rows` is what it wrote to `table`, for the timing report. */
export interface Phase {
  table: string;
  run(ctx: SeedContext): Promise<number>;
}

// Posts get a body from a pool of generated texts; 4,096 distinct bodies keep the text varied enough
// for search ranking and the index realistic, while generating them costs nothing.
const BODY_POOL = 4096;
// Multiplicative hashing of a row number: a deterministic, well-spread "random" pick.
export const spread = (n: string, salt = 2654435761) => `((${n})::bigint * ${salt} % 2147483647)`;

export async function rowCount(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  const res = await pool.query(sql, params);
  return res.rowCount ?? 0;
}

/** Runs `sql` once per worker with `$1` = worker number and `$2` = worker count, in parallel. */
export async function inParallel(pool: pg.Pool, workers: number, sql: string): Promise<number> {
  const counts = await Promise.all(Array.from({ length: workers }, (_, w) => rowCount(pool, sql, [w, workers])));
  return counts.reduce((a, b) => a + b, 0);
}

/** Markdown paragraphs are plain text here, so their HTML is the escaped text. */
export const escapeHtmlSql = (text: string) => `replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

// One core per worker: this machine has two; PostgreSQL computes the search vectors on both.
export const WORKERS = 2;

/** A post's number is its thread's first post number plus its position; these expand the plan. */
const POSTS_OF_PLAN = `
  scale_seed.threads_plan tp
  cross join lateral generate_series(0, tp.n_posts - 1) as pos
  cross join lateral (select tp.first_post_no + pos as post_no) pn`;
const POST_AUTHOR_IDX = `case when pos = 0 then tp.author_idx else 1 + ${spread('pn.post_no')} % tp.g_members end`;

export const COMMUNITY_PHASES: Phase[] = [
  {
    table: 'users',
    // The last accounts are the club's managers and staff (their titles sign official answers); the first
    // fifty stay members, since the benchmark signs them in to measure what a member sees.
    run: ({ pool, scale, passwordHash }) =>
      rowCount(
        pool,
        `insert into users (id, email, display_name, password_hash, role, staff_title, membership_number, locale, created_at)
         select ${uuidSql('user', 'n')},
                'socio' || n || '@escala.test',
                ($2::text[])[1 + n % array_length($2, 1)] || ' ' || ($3::text[])[1 + (n / 7) % array_length($3, 1)]
                  || ' ' || ($3::text[])[1 + (n / 311) % array_length($3, 1)],
                $1,
                case when n > $5 then 'staff' when n > $5 - $6 then 'manager' else 'member' end::role,
                case when n > $5 then ($7::text[])[1 + (n - $5 - 1) % array_length($7, 1)] when n > $5 - $6 then $8 end,
                'E-' || lpad(n::text, 6, '0'),
                case when n % 10 = 0 then 'en'::locale else 'es'::locale end,
                now() - random() * interval '1095 days'
         from generate_series(1, $4::int) n`,
        [passwordHash, FIRST_NAMES, SURNAMES, scale.users, scale.users - scale.staff, scale.managers, STAFF_TEAMS, MANAGER_TITLE],
      ),
  },
  {
    table: 'groups',
    run: async ({ pool, scale, managerId }) => {
      // Popularity falls off with the group number: group 1 is the largest, and always open.
      await pool.query(`
        create unlogged table scale_seed.members as
        select g, row_number() over (partition by g order by u) as idx, u
        from (
          select distinct u, 1 + floor(${scale.groups} * power(random(), 2))::int as g
          from generate_series(1, ${scale.users}) u, generate_series(1, ${scale.membershipsPerUser}) k
          -- Every group has at least one member to own it and write in it.
          union select g, g from generate_series(1, ${scale.groups}) g
        ) picks;
        create index on scale_seed.members (g, idx);
        create unlogged table scale_seed.groups_plan as
        select g, count(*)::int as members,
               case when g % 10 in (8, 9) then 'request' when g % 10 = 7 then 'private' else 'open' end::group_visibility as visibility
        from scale_seed.members group by g;
        analyze scale_seed.members;
        analyze scale_seed.groups_plan;`);
      return rowCount(
        pool,
        `insert into groups (id, slug, name, description, visibility, created_by, created_at)
         select ${uuidSql('group', 'g')},
                ($1::text[])[1 + g % array_length($1, 1)] || '-' || g,
                ($2::text[])[1 + g % array_length($2, 1)]
                  || coalesce(' · ' || nullif(($3::text[])[1 + (g / array_length($1, 1)) % array_length($3, 1)], ''), '') || ' ' || g,
                'Grupo de ' || lower(($2::text[])[1 + g % array_length($2, 1)]) || ': convocatorias, dudas y resultados.',
                visibility, $4, now() - interval '1200 days' + g * interval '1 hour'
         from scale_seed.groups_plan`,
        [TOPICS.map((t) => t[0]), TOPICS.map((t) => t[1]), GROUP_QUALIFIERS, managerId],
      );
    },
  },
  {
    table: 'group_members',
    run: async ({ pool, anaId }) => {
      const n = await rowCount(
        pool,
        `insert into group_members (group_id, user_id, role, joined_at)
         select ${uuidSql('group', 'g')}, ${uuidSql('user', 'u')},
                case when idx = 1 then 'owner' when idx <= 3 then 'moderator' else 'member' end::group_role,
                now() - random() * interval '1000 days'
         from scale_seed.members`,
      );
      // The demo member sees the big groups from her own account.
      const ana = await rowCount(
        pool,
        `insert into group_members (group_id, user_id, role)
         select ${uuidSql('group', 'g')}, $1, 'member' from scale_seed.groups_plan order by members desc limit 10`,
        [anaId],
      );
      return n + ana;
    },
  },
  {
    table: 'threads',
    run: async ({ pool, scale }) => {
      // Replies per thread follow a long tail (most threads short, a few long); the shares are
      // rounded by largest remainder so the posts add up exactly to the target.
      const replies = scale.posts - scale.threads - BIG_THREAD_REPLIES;
      await pool.query(`
        create unlogged table scale_seed.threads_plan as
        with base as (
          select t,
                 case when t = 1 then 1 else 1 + floor(${scale.groups} * power(random(), 2))::int end as g,
                 case when t = 1 then 0 else 1 / (random() + 0.01) - 1 end as w,
                 case when t = 1 then now() - interval '60 days' else now() - random() * interval '730 days' end as created_at
          from generate_series(1, ${scale.threads}) t
        ), shares as (
          select *, ${replies} * w / sum(w) over () as share from base
        ), counted as (
          select *, 1 + floor(share)::int
                    + case when t <> 1 and row_number() over (order by share - floor(share) desc, t) <= ${replies} - sum(floor(share)) over () then 1 else 0 end
                    + case when t = 1 then ${BIG_THREAD_REPLIES} else 0 end as n_posts
          from shares
        )
        select c.t, c.g, gp.members as g_members, c.created_at, c.n_posts,
               sum(c.n_posts) over (order by c.t) - c.n_posts + 1 as first_post_no,
               (now() - c.created_at) * (0.05 + 0.9 * random()) / c.n_posts as gap,
               1 + floor(random() * gp.members)::int as author_idx,
               row_number() over (partition by c.g order by c.t) as gidx
        from counted c join scale_seed.groups_plan gp using (g);
        create index on scale_seed.threads_plan (g, gidx);
        analyze scale_seed.threads_plan;`);
      return rowCount(
        pool,
        `insert into threads (id, group_id, author_id, title, pinned, reply_count, last_post_at, created_at)
         select ${uuidSql('thread', 'tp.t')}, ${uuidSql('group', 'tp.g')}, ${uuidSql('user', 'm.u')},
                case when tp.t = 1 then 'Hilo de prueba de carga: mil respuestas sobre el torneo de pádel'
                     else ($1::text[])[1 + tp.t % array_length($1, 1)] || ' ' || ($2::text[])[1 + (tp.t / 13) % array_length($2, 1)] end,
                tp.t % 997 = 0, tp.n_posts - 1, tp.created_at + (tp.n_posts - 1) * tp.gap, tp.created_at
         from scale_seed.threads_plan tp
         join scale_seed.members m on m.g = tp.g and m.idx = tp.author_idx`,
        [TITLE_OPENINGS, TITLE_SUBJECTS],
      );
    },
  },
  {
    table: 'posts',
    run: async ({ pool }) => {
      await pool.query(
        `create unlogged table scale_seed.bodies as
         select i, string_agg(para, E'\\n\\n' order by p) as md,
                string_agg('<p>' || ${escapeHtmlSql('para')} || '</p>', E'\\n' order by p) || E'\\n' as html
         from (
           select i, p, (
             select upper(left(s, 1)) || substr(s, 2) || '.'
             from (select string_agg(($1::text[])[1 + floor(random() * array_length($1, 1))::int], ' ') as s
                   from generate_series(1, 6 + (i * 7 + p * 13) % 28)) words
           ) as para
           from generate_series(0, ${BODY_POOL - 1}) i, generate_series(1, 1 + i % 3) p
         ) paragraphs
         group by i`,
        [WORDS],
      );
      await pool.query('alter table scale_seed.bodies add primary key (i)');
      return inParallel(
        pool,
        WORKERS,
        `insert into posts (id, thread_id, author_id, body_md, body_html, created_at)
         select ${uuidSql('post', 'pn.post_no')}, ${uuidSql('thread', 'tp.t')}, ${uuidSql('user', 'm.u')},
                b.md, b.html, tp.created_at + pos * tp.gap
         from ${POSTS_OF_PLAN}
         join scale_seed.members m on m.g = tp.g and m.idx = ${POST_AUTHOR_IDX}
         join scale_seed.bodies b on b.i = ${spread('pn.post_no', 40503)} % ${BODY_POOL}
         where tp.t % $2 = $1`,
      );
    },
  },
  {
    table: 'post_reactions',
    // A quarter of the posts get two reactions each from members of the group: ~P/2 reactions.
    run: ({ pool }) =>
      inParallel(
        pool,
        WORKERS,
        `insert into post_reactions (post_id, user_id, reaction, created_at)
         select ${uuidSql('post', 'pn.post_no')}, ${uuidSql('user', 'm.u')},
                (enum_range(null::reaction))[1 + (pn.post_no + k) % 6],
                tp.created_at + pos * tp.gap + interval '2 hours'
         from ${POSTS_OF_PLAN}
         cross join generate_series(1, 2) k
         join scale_seed.members m on m.g = tp.g and m.idx = 1 + ${spread('pn.post_no * 3 + k', 97)} % tp.g_members
         where ${spread('pn.post_no', 7919)} % 4 = 0 and tp.t % $2 = $1
         on conflict do nothing`,
      ),
  },
  {
    table: 'thread_reads',
    // Every membership has read one thread of its group, at some point of its life.
    run: ({ pool }) =>
      rowCount(
        pool,
        `insert into thread_reads (user_id, thread_id, last_read_at)
         select ${uuidSql('user', 'm.u')}, ${uuidSql('thread', 'tp.t')}, tp.created_at + random() * (tp.n_posts - 1) * tp.gap
         from scale_seed.members m
         join (select g, count(*) as threads from scale_seed.threads_plan group by g) gt using (g)
         join scale_seed.threads_plan tp on tp.g = m.g and tp.gidx = 1 + ${spread('m.u')} % gt.threads`,
      ),
  },
  {
    table: 'notifications',
    // One post in five mentions or quotes another member of its group: ~P/5 notifications.
    run: ({ pool }) =>
      inParallel(
        pool,
        WORKERS,
        `insert into notifications (user_id, kind, actor_id, group_id, thread_id, post_id, created_at, read_at)
         select ${uuidSql('user', 'target.u')},
                case when pn.post_no % 10 < 7 then 'mention' else 'quote' end::notification_kind,
                ${uuidSql('user', 'author.u')}, ${uuidSql('group', 'tp.g')}, ${uuidSql('thread', 'tp.t')}, ${uuidSql('post', 'pn.post_no')},
                tp.created_at + pos * tp.gap,
                case when pn.post_no % 5 < 3 then tp.created_at + pos * tp.gap + interval '3 hours' end
         from ${POSTS_OF_PLAN}
         join scale_seed.members author on author.g = tp.g and author.idx = ${POST_AUTHOR_IDX}
         join scale_seed.members target on target.g = tp.g and target.idx = 1 + ${spread('pn.post_no', 31)} % tp.g_members
         where ${spread('pn.post_no', 104729)} % 5 = 0 and target.u <> author.u and tp.t % $2 = $1`,
      ),
  },
  {
    table: 'groups (counters)',
    run: ({ pool }) =>
      rowCount(
        pool,
        `update groups gr set member_count = coalesce(m.n, 0), thread_count = coalesce(t.n, 0),
                last_activity_at = coalesce(t.last, gr.created_at)
         from groups g0
         left join (select group_id, count(*)::int as n from group_members group by group_id) m on m.group_id = g0.id
         left join (select group_id, count(*)::int as n, max(last_post_at) as last from threads group by group_id) t on t.group_id = g0.id
         where gr.id = g0.id`,
      ),
  },
];
