import { asc, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groups } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { knowableGroup, readableGroup } from '@/lib/groups/readable';
import { excerpt, snippetHtml, START_SEL, STOP_SEL } from './snippet';

export const QUERY_MAX = 200;
export const PAGE_SIZE = 20;
const PAGE_MAX = 50;
// A very common word matches a large share of a big forum; ranking every match reads the whole table
// (over a second at a million posts). Ranking the first matches the index yields keeps search fast;
// a more precise query narrows them (docs/decisions/0003-community.md).
const CANDIDATES = 2_000;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const input = z.object({
  q: z.string().trim().max(QUERY_MAX, 'errors.tooLong').optional(),
  group: z.preprocess(blankToUndefined, z.string().trim().max(100, 'errors.invalidField').optional()),
  author: z.preprocess(blankToUndefined, z.string().trim().max(60, 'errors.tooLong').optional()),
  page: z.coerce.number().int('errors.invalidField').min(1, 'errors.invalidField').max(PAGE_MAX, 'errors.invalidField').optional(),
});

export type SearchInput = z.input<typeof input>;

export interface SearchHit {
  kind: 'thread' | 'post';
  threadId: string;
  postId: string | null;
  groupSlug: string;
  groupName: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  /** Escaped HTML whose only tags are <mark>: safe to render as is. */
  titleHtml: string;
  snippetHtml: string | null;
}

/** A group whose name or description matches: shown above the conversations, on the first page. */
export interface GroupHit {
  slug: string;
  /** Escaped HTML whose only tags are <mark>, like the hits'. */
  nameHtml: string;
  descriptionHtml: string;
  memberCount: number;
}

export interface SearchResult {
  query: string;
  page: number;
  groups: GroupHit[];
  hits: SearchHit[];
  hasMore: boolean;
}

// Both configurations, as in the stored vectors: Spanish and English stems, accents ignored.
const tsQuery = (q: string) => sql`(websearch_to_tsquery('tertulia_es', ${q}) || websearch_to_tsquery('tertulia_en', ${q}))`;

const HEADLINE = `StartSel=${START_SEL}, StopSel=${STOP_SEL}`;
// The whole text with every match marked; a post's is then cut to a passage (snippet.ts).
const MARK_ALL = `${HEADLINE}, HighlightAll=true`;
const GROUPS_SHOWN = 5;
// Threads found through their group (its name or description matched, not their own words): the latest few.
const GROUP_THREADS = 50;
// They rank below any thread or post that matched by its own words.
const THROUGH_GROUP = 0.01;

/** A group's name and description as both configurations index them; computed on the fly, groups are few. */
const groupDocument = (table: 'g' | 'groups') => {
  const text = sql.raw(`${table}.name || ' ' || ${table}.description`);
  return sql`(to_tsvector('tertulia_es', ${text}) || to_tsvector('tertulia_en', ${text}))`;
};

/** A headline marks words as one configuration normalises them: Spanish first, English when Spanish found none. */
const headline = (document: SQL, options: string) =>
  sql`(select case when strpos(h.es, ${START_SEL}) > 0 then h.es else h.en end
       from (select ts_headline('tertulia_es', ${document}, query, ${options}) as es,
                    ts_headline('tertulia_en', ${document}, query, ${options}) as en) h)`;

interface HitRow {
  kind: 'thread' | 'post';
  thread_id: string;
  post_id: string | null;
  group_slug: string;
  group_name: string;
  author_id: string;
  author_name: string;
  created_at: Date | string;
  title_headline: string;
  body_headline: string | null;
}

/** Literal text for ILIKE: the person's % and _ are characters, not wildcards. */
const likeLiteral = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Threads (by title) and posts (by body) in the groups the actor may read, best match first.
 * Deleted posts are never found. One query; headlines are made only for the page being shown.
 */
export async function searchCommunity({ actor, input: raw }: { actor: Actor; input: SearchInput }): Promise<SearchResult> {
  const data = parseInput(input, raw);
  const query = data.q ?? '';
  const page = data.page ?? 1;
  if (query === '' || !can(actor, 'view:community')) return { query, page, groups: [], hits: [], hasMore: false };

  const groupFilter = data.group ? sql`and ${groups.slug} = ${data.group}` : sql``;
  const authorFilter = data.author ? sql`and unaccent(u.display_name) ilike unaccent(${likeLiteral(data.author)})` : sql``;
  const rows = (await getDb().execute(sql`
    with q as (select ${tsQuery(query)} as query),
    readable as (
      select ${groups.id} as id from ${groups} where ${readableGroup(actor)} ${groupFilter}
    ),
    matched_groups as (
      select g.id, ts_rank(${groupDocument('g')}, q.query) as rank
        from groups g join readable r on r.id = g.id cross join q
       where ${groupDocument('g')} @@ q.query
    ),
    hits as (
      (select 'thread' as kind, t.id as thread_id, null::uuid as post_id, t.author_id, t.created_at, ts_rank(t.search_vector, q.query) as rank
         from threads t join readable r on r.id = t.group_id cross join q
        where t.hidden_reason is null and t.search_vector @@ q.query
        limit ${CANDIDATES})
      union all
      (select 'post', p.thread_id, p.id, p.author_id, p.created_at, ts_rank(p.search_vector, q.query)
         from posts p join threads t on t.id = p.thread_id join readable r on r.id = t.group_id cross join q
        where p.deleted_at is null and p.hidden_reason is null and t.hidden_reason is null and p.search_vector @@ q.query
        limit ${CANDIDATES})
      union all
      (select 'thread', t.id, null::uuid, t.author_id, t.created_at, ${THROUGH_GROUP} * mg.rank
         from threads t join matched_groups mg on mg.id = t.group_id cross join q
        where t.hidden_reason is null and not (t.search_vector @@ q.query)
        order by t.last_post_at desc
        limit ${GROUP_THREADS})
    ),
    page as (
      select hits.*, u.display_name as author_name
        from hits join users u on u.id = hits.author_id
       where true ${authorFilter}
       order by hits.rank desc, hits.created_at desc, coalesce(hits.post_id, hits.thread_id) desc
       limit ${PAGE_SIZE + 1} offset ${(page - 1) * PAGE_SIZE}
    )
    select page.kind, page.thread_id, page.post_id, page.author_id, page.author_name, page.created_at,
           g.slug as group_slug, g.name as group_name,
           ${headline(sql`t.title`, MARK_ALL)} as title_headline,
           case when p.id is null then null else ${headline(sql`tertulia_post_text(p.body_html)`, MARK_ALL)} end as body_headline
      from page
      cross join q
      join threads t on t.id = page.thread_id
      join groups g on g.id = t.group_id
      left join posts p on p.id = page.post_id
     order by page.rank desc, page.created_at desc, coalesce(page.post_id, page.thread_id) desc
  `)) as unknown as { rows: HitRow[] };
  const hits = rows.rows.slice(0, PAGE_SIZE).map(
    (r): SearchHit => ({
      kind: r.kind,
      threadId: r.thread_id,
      postId: r.post_id,
      groupSlug: r.group_slug,
      groupName: r.group_name,
      authorId: r.author_id,
      authorName: r.author_name,
      createdAt: new Date(r.created_at),
      titleHtml: snippetHtml(r.title_headline),
      snippetHtml: r.body_headline === null ? null : snippetHtml(excerpt(r.body_headline)),
    }),
  );
  return { query, page, groups: page === 1 && !data.author ? await searchGroups(actor, query, data.group) : [], hits, hasMore: rows.rows.length > PAGE_SIZE };
}

interface GroupRow {
  slug: string;
  member_count: number;
  name_headline: string;
  description_headline: string;
}

/** Groups the actor may know whose name or description matches, best first. */
async function searchGroups(actor: Actor, query: string, slug: string | undefined): Promise<GroupHit[]> {
  const { rows } = (await getDb().execute(sql`
    with q as (select ${tsQuery(query)} as query)
    select groups.slug, groups.member_count,
           ${headline(sql`groups.name`, MARK_ALL)} as name_headline,
           ${headline(sql`groups.description`, MARK_ALL)} as description_headline
      from ${groups} cross join q
     where ${knowableGroup(actor)} and ${groupDocument('groups')} @@ q.query ${slug ? sql`and groups.slug = ${slug}` : sql``}
     order by ts_rank(${groupDocument('groups')}, q.query) desc, groups.member_count desc, groups.slug
     limit ${GROUPS_SHOWN}
  `)) as unknown as { rows: GroupRow[] };
  return rows.map((r) => ({ slug: r.slug, memberCount: Number(r.member_count), nameHtml: snippetHtml(r.name_headline), descriptionHtml: snippetHtml(r.description_headline) }));
}

/** The groups a search may be narrowed to: the ones the actor may read. */
export async function listSearchableGroups(actor: Actor) {
  return getDb().select({ slug: groups.slug, name: groups.name }).from(groups).where(readableGroup(actor)).orderBy(asc(groups.name));
}
