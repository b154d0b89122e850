// The complaint board's reads measured without the page: the time and the number of SQL statements
// lib/complaints takes for the board (first, filtered, deep pages), a complaint and the staff inbox.
import type pg from 'pg';

const RUNS = 50;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export interface ReadFigure {
  name: string;
  medianMs: number;
  queries: number;
  rows: number;
}

export async function complaintMedians(pool: pg.Pool, env: { DATABASE_URL: string; NEXTAUTH_SECRET: string }): Promise<{ complaints: number; events: number; reads: ReadFigure[] }> {
  Object.assign(process.env, env);
  const [{ listBoard, boardFilters }, { listInbox, inboxFilters }, { getComplaintView }, { resolveSessionUser }, { countQueries }] = await Promise.all([
    import('@/lib/complaints/board'),
    import('@/lib/complaints/inbox'),
    import('@/lib/complaints/queries'),
    import('@/lib/auth/session-user'),
    import('@/db/client'),
  ]);
  const one = async <T>(sqlText: string) => (await pool.query(sqlText)).rows[0] as T;
  const actorFor = async (role: 'member' | 'staff') => {
    const who = await one<{ id: string; session_version: number }>(`select id, session_version from users where role = '${role}' and status = 'active' order by created_at limit 1`);
    const { openSession } = await import('@/lib/devices/sessions');
    const sessionId = await openSession(who.id, { userAgent: 'bench', acceptLanguage: null });
    return (await resolveSessionUser({ userId: who.id, sessionVersion: who.session_version, sessionId }))!;
  };
  const [member, staff] = [await actorFor('member'), await actorFor('staff')];
  const counts = await one<{ complaints: number; events: number }>('select (select count(*)::int from complaints) as complaints, (select count(*)::int from complaint_events) as events');
  const category = await one<{ id: string }>('select category_id as id from complaints group by category_id order by count(*) desc limit 1');
  const busiest = await one<{ number: number }>('select c.number from complaints c order by c.comment_count desc, c.me_too_count desc limit 1');

  // A page twenty pages in, reached the way a reader would: following the cursor.
  let deepCursor: string | undefined;
  for (let i = 0; i < 20; i++) deepCursor = (await listBoard(member, boardFilters.parse({ after: deepCursor }))).nextCursor ?? deepCursor;

  const reads: [string, () => Promise<{ length: number } | unknown[]>][] = [
    ['board first page', async () => (await listBoard(member, boardFilters.parse({}))).cards],
    ['board filtered (status + category)', async () => (await listBoard(member, boardFilters.parse({ status: 'in_progress', category: category.id }))).cards],
    ['board most "me too"', async () => (await listBoard(member, boardFilters.parse({ sort: 'me_too' }))).cards],
    ['board longest waiting', async () => (await listBoard(member, boardFilters.parse({ sort: 'waiting' }))).cards],
    ['board page 21', async () => (await listBoard(member, boardFilters.parse({ after: deepCursor }))).cards],
    ['complaint page (busiest)', async () => (await getComplaintView(member, busiest.number, false))?.timeline ?? []],
    ['staff inbox', async () => (await listInbox(staff, inboxFilters.parse({}))).rows],
    ['staff inbox, breached', async () => (await listInbox(staff, inboxFilters.parse({ breached: '1' }))).rows],
    ['staff inbox, unassigned + category', async () => (await listInbox(staff, inboxFilters.parse({ assigned: 'unassigned', category: category.id }))).rows],
  ];
  const figures: ReadFigure[] = [];
  for (const [name, read] of reads) {
    const { result, queries } = await countQueries(read); // warms the cache, counts the statements
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await read();
      ms.push(performance.now() - started);
    }
    figures.push({ name, medianMs: median(ms), queries, rows: (result as unknown[]).length });
  }
  return { complaints: counts.complaints, events: counts.events, reads: figures };
}
