import { asc, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groups } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { readableGroup } from '@/lib/groups/readable';
import { snippetHtml, START_SEL, STOP_SEL } from './snippet';

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
  authorName: string;
  createdAt: Date;
  /** Escaped HTML whose only tags are <mark>: safe to render as is. */
  titleHtml: string;
  snippetHtml: string | null;
}

export interface SearchResult {
  query: string;
  page: number;
  hits: SearchHit[];
  hasMore: boolean;
}

// Both configurations, as in the stored vectors: Spanish and English stems, accents ignored.
const tsQuery = (q: string) => sql`(websearch_to_tsquery('tertulia_es', ${q}) || websearch_to_tsquery('tertulia_en', ${q}))`;

const HEADLINE = `StartSel=${START_SEL}, StopSel=${STOP_SEL}`;
const BODY_HEADLINE = `${HEADLINE}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `${HEADLINE}, HighlightAll=true`;

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
  if (query === '' || !can(actor, 'view:community')) return { query, page, hits: [], hasMore: false };

  const groupFilter = data.group ? sql`and ${groups.slug} = ${data.group}` : sql``;
  const authorFilter = data.author ? sql`and unaccent(u.display_name) ilike unaccent(${likeLiteral(data.author)})` : sql``;
  const rows = (await getDb().execute(sql`
    with q as (select ${tsQuery(query)} as query),
    readable as (
      select ${groups.id} as id from ${groups} where ${readableGroup(actor)} ${groupFilter}
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
    ),
    page as (
      select hits.*, u.display_name as author_name
        from hits join users u on u.id = hits.author_id
       where true ${authorFilter}
       order by hits.rank desc, hits.created_at desc, coalesce(hits.post_id, hits.thread_id) desc
       limit ${PAGE_SIZE + 1} offset ${(page - 1) * PAGE_SIZE}
    )
    select page.kind, page.thread_id, page.post_id, page.author_name, page.created_at,
           g.slug as group_slug, g.name as group_name,
           ${headline(sql`t.title`, TITLE_HEADLINE)} as title_headline,
           case when p.id is null then null else ${headline(sql`p.body_md`, BODY_HEADLINE)} end as body_headline
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
      authorName: r.author_name,
      createdAt: new Date(r.created_at),
      titleHtml: snippetHtml(r.title_headline),
      snippetHtml: r.body_headline === null ? null : snippetHtml(r.body_headline.replace(/\s+/g, ' ')),
    }),
  );
  return { query, page, hits, hasMore: rows.rows.length > PAGE_SIZE };
}

/** The groups a search may be narrowed to: the ones the actor may read. */
export async function listSearchableGroups(actor: Actor) {
  return getDb().select({ slug: groups.slug, name: groups.name }).from(groups).where(readableGroup(actor)).orderBy(asc(groups.name));
}
