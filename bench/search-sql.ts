// Search measured without the page: the time lib/search takes for a member's query (candidates,
// ranking, headlines), so a slow page can be told apart from a slow query.
import type pg from 'pg';

const TERMS = ['futbol', 'torneo de padel', 'vestuario duchas', 'devolución talla', 'campeonato medalla'];
const RUNS = 50;
const MEMBER = 'ana@clubribera.test';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function searchMedians(pool: pg.Pool, env: { DATABASE_URL: string; NEXTAUTH_SECRET: string }) {
  // lib/ reads its database from the environment, as the server does.
  Object.assign(process.env, env);
  const [{ searchCommunity }, { resolveSessionUser }] = await Promise.all([import('@/lib/search/queries'), import('@/lib/auth/session-user')]);
  const { rows: who } = await pool.query<{ id: string; session_version: number }>('select id, session_version from users where email = $1', [MEMBER]);
  const { openSession } = await import('@/lib/devices/sessions');
  const sessionId = await openSession(who[0]!.id, { userAgent: 'bench', acceptLanguage: null });
  const actor = await resolveSessionUser({ userId: who[0]!.id, sessionVersion: who[0]!.session_version, sessionId });
  if (!actor) throw new Error(`${MEMBER} cannot search`);
  const search = (q: string) => searchCommunity({ actor, input: { q } });

  const times = new Map<string, number[]>(TERMS.map((t) => [t, []]));
  for (const term of TERMS) await search(term); // warm the cache once per term
  for (let i = 0; i < RUNS; i++) {
    const term = TERMS[i % TERMS.length]!;
    const started = performance.now();
    await search(term);
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
  const { closeDb } = await import('@/db/client');
  await closeDb();
  return { query: `lib/search searchCommunity as ${MEMBER}`, runs: RUNS, medianMs: median([...times.values()].flat()), terms };
}
