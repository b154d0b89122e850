// Search measured in SQL alone: how long PostgreSQL takes for the query the search page runs, so a
// slow page can be told apart from a slow query.
import type pg from 'pg';

const TERMS = ['futbol', 'torneo de padel', 'vestuario duchas', 'devolución talla', 'campeonato medalla'];
const RUNS = 50;

// The shape of the search (lib/search): both stemming configurations, best ranked first.
const SEARCH_SQL = `
  select p.id, p.thread_id, ts_rank(p.search_vector, q.query) as rank
  from posts p, (select websearch_to_tsquery('tertulia_es', $1) || websearch_to_tsquery('tertulia_en', $1) as query) q
  where p.search_vector @@ q.query and p.deleted_at is null
  order by rank desc
  limit 20`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function searchMedians(pool: pg.Pool) {
  const times = new Map<string, number[]>(TERMS.map((t) => [t, []]));
  for (const term of TERMS) await pool.query(SEARCH_SQL, [term]); // warm the cache once per term
  for (let i = 0; i < RUNS; i++) {
    const term = TERMS[i % TERMS.length]!;
    const started = performance.now();
    await pool.query(SEARCH_SQL, [term]);
    times.get(term)!.push(performance.now() - started);
  }
  const terms = [];
  for (const [term, ms] of times) {
    const { rows } = await pool.query<{ n: number }>(
      `select count(*)::int as n from posts where search_vector @@ (websearch_to_tsquery('tertulia_es', $1) || websearch_to_tsquery('tertulia_en', $1))`,
      [term],
    );
    terms.push({ term, medianMs: median(ms), matches: rows[0]!.n });
  }
  return { sql: SEARCH_SQL.trim().replace(/\s+/g, ' '), runs: RUNS, medianMs: median([...times.values()].flat()), terms };
}
