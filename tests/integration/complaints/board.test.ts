import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { BOARD_PAGE, boardFilters, listBoard } from '@/lib/complaints/board';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { setFollow } from '@/lib/complaints/follow';
import { setMeToo } from '@/lib/complaints/me-too';
import { addInternalNote } from '@/lib/complaints/note';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { getComplaintView } from '@/lib/complaints/queries';
import { similarOpenComplaints } from '@/lib/complaints/similar';
import { actorOf, createUser } from '../factories';
import { complaintLists, decide, fileOne, key, type Lists, member, png, say, staffer } from '../complaint-fixtures';

type Filed = { id: string; number: number; author: Actor; lists: Lists; status: 'open' | 'acknowledged' | 'solution_proposed' | 'closed' };

let laura: Actor;
let viewer: Actor;
let a: Lists;
let b: Lists;
let authors: Actor[];
const filed: Filed[] = [];
const followed = new Set<number>();

const COUNT = 47;

/**
 * The board's data: 47 complaints from 8 members in two categories and two branches, in four
 * statuses, filed three to a minute (so ties on the time are broken by id), with microseconds in
 * every time (so a cursor that rounded them would skip or repeat), and "me too" counts with ties.
 */
beforeAll(async () => {
  laura = await staffer('Laura', 'Atención al socio');
  viewer = await member('Vera');
  a = await complaintLists();
  b = await complaintLists();
  authors = await Promise.all([...Array(8).keys()].map((i) => member(`Socio ${i}`)));
  const combos: Lists[] = [a, b, { categoryId: a.categoryId, branchId: b.branchId }, { categoryId: b.categoryId, branchId: a.branchId }];
  for (let i = 0; i < COUNT; i++) {
    const author = authors[i % authors.length]!;
    const lists = combos[i % combos.length]!;
    const { id, number } = await fileOne(author, lists, { title: `Queja número ${i} sobre el club` });
    const status = (['open', 'acknowledged', 'solution_proposed', 'open', 'closed'] as const)[i % 5]!;
    if (status === 'acknowledged') await say(laura, id, 'official_reply');
    if (status === 'solution_proposed') await say(laura, id, 'propose_solution', 'Arreglado.');
    if (status === 'closed') await decide(author, id, 'withdraw');
    filed.push({ id, number, author, lists, status });
  }
  await getDb()
    .update(complaints)
    .set({
      createdAt: sql`timestamptz '2025-03-01 10:00:00.123456+00' - interval '1 minute' * ((${complaints.number} - ${filed[0]!.number}) / 3)`,
      meTooCount: sql`(${complaints.number} * 7) % 4`,
    })
    .where(inArray(complaints.id, filed.map((f) => f.id)));
  for (const f of filed.filter((_, i) => i % 6 === 1 && filed[i]!.status !== 'closed')) {
    await setFollow({ actor: viewer, input: { complaintId: f.id, on: true } });
    followed.add(f.number);
  }
  for (const f of filed.filter((_, i) => i % 9 === 4 && filed[i]!.status !== 'closed')) {
    await setMeToo({ actor: viewer, input: { complaintId: f.id, on: true } });
    followed.add(f.number);
  }
});

/** Every page, in order, following the cursors. */
async function walk(actor: Actor | null, raw: Record<string, string>) {
  const numbers: number[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await listBoard(actor, boardFilters.parse({ ...raw, after }));
    expect(page.cards.length).toBeLessThanOrEqual(BOARD_PAGE);
    numbers.push(...page.cards.map((c) => c.number));
    if (!page.nextCursor) return numbers;
    after = page.nextCursor;
  }
  throw new Error('the board never ended');
}

/** What the board should show, straight from the table. */
async function expected(where: SQL | undefined, order: 'newest' | 'me_too' | 'waiting') {
  const orderBy = {
    newest: [desc(complaints.createdAt), desc(complaints.id)],
    me_too: [desc(complaints.meTooCount), desc(complaints.id)],
    waiting: [asc(complaints.waitingSince), asc(complaints.id)],
  }[order];
  const rows = await getDb()
    .select({ number: complaints.number })
    .from(complaints)
    .where(and(where, order === 'waiting' ? isNotNull(complaints.waitingSince) : undefined))
    .orderBy(...orderBy);
  return rows.map((r) => r.number);
}

const numbersWhere = (test: (f: Filed) => boolean) => filed.filter(test).map((f) => f.number).sort((x, y) => x - y);
const sorted = (numbers: number[]) => [...numbers].sort((x, y) => x - y);

describe('listBoard', () => {
  it('pages through every sort without repeats or gaps, in the order of the sort', async () => {
    for (const sort of ['newest', 'me_too', 'waiting'] as const) {
      const seen = await walk(viewer, { sort });
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(await expected(undefined, sort));
    }
    // Ties on the time come back in id order, the same page after page.
    const newest = await walk(viewer, { sort: 'newest' });
    expect(newest).toHaveLength(COUNT);
    expect(sorted(await walk(viewer, { sort: 'waiting' }))).toEqual(numbersWhere((f) => f.status === 'open' || f.status === 'acknowledged'));
  });

  it('filters by status, category, branch and waiting, alone and together', async () => {
    expect(sorted(await walk(viewer, { status: 'closed' }))).toEqual(numbersWhere((f) => f.status === 'closed'));
    expect(sorted(await walk(viewer, { status: 'solution_proposed' }))).toEqual(numbersWhere((f) => f.status === 'solution_proposed'));
    expect(sorted(await walk(viewer, { category: a.categoryId }))).toEqual(numbersWhere((f) => f.lists.categoryId === a.categoryId));
    expect(sorted(await walk(viewer, { branch: b.branchId }))).toEqual(numbersWhere((f) => f.lists.branchId === b.branchId));
    expect(sorted(await walk(viewer, { waiting: '1' }))).toEqual(numbersWhere((f) => f.status === 'open' || f.status === 'acknowledged'));
    const together = await walk(viewer, { status: 'open', category: a.categoryId, branch: b.branchId, sort: 'me_too' });
    expect(together).toEqual(
      await expected(and(eq(complaints.status, 'open'), eq(complaints.categoryId, a.categoryId), eq(complaints.branchId, b.branchId)), 'me_too'),
    );
    expect(sorted(together)).toEqual(numbersWhere((f) => f.status === 'open' && f.lists.categoryId === a.categoryId && f.lists.branchId === b.branchId));
    expect(together.length).toBeGreaterThan(0);
    // Nonsense in the URL is ignored, not an error.
    expect(await walk(viewer, { status: 'bogus', category: 'x', sort: 'loudest' })).toEqual(await walk(viewer, {}));
  });

  it('shows mine and followed to members, and nothing of the kind to visitors', async () => {
    const ana = authors[3]!;
    expect(sorted(await walk(ana, { mine: '1' }))).toEqual(numbersWhere((f) => f.author.id === ana.id));
    expect(sorted(await walk(viewer, { followed: '1' }))).toEqual(sorted([...followed]));
    expect(followed.size).toBeGreaterThan(BOARD_PAGE / 4);
    // Authors follow their own complaints from the start.
    expect(sorted(await walk(ana, { followed: '1' }))).toEqual(numbersWhere((f) => f.author.id === ana.id));
    for (const raw of [{ mine: '1' }, { followed: '1' }, { mine: '1', sort: 'me_too' }]) {
      expect(await listBoard(null, boardFilters.parse(raw))).toEqual({ cards: [], nextCursor: null });
    }
    expect(await walk(null, {})).toHaveLength(COUNT);
  });

  it('shows what a card needs, and starts again from the top for a cursor that was tampered with', async () => {
    const first = await listBoard(viewer, boardFilters.parse({}));
    const proposed = filed.find((f) => f.status === 'solution_proposed')!;
    const card = (await listBoard(viewer, boardFilters.parse({ status: 'solution_proposed' }))).cards.find((c) => c.number === proposed.number);
    expect(card).toMatchObject({ id: proposed.id, status: 'solution_proposed', answered: true, waiting: { party: 'member', since: expect.any(Date) }, title: expect.stringContaining('Queja número') });
    for (const after of ['not-base64!', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["2025-01-01", "x"]').toString('base64url')]) {
      expect(await listBoard(viewer, boardFilters.parse({ after }))).toEqual(first);
    }
  });

  it('costs one query per page, however many complaints and marks there are', async () => {
    const one = await countQueries(() => listBoard(viewer, boardFilters.parse({ followed: '1', sort: 'me_too' })));
    const page2 = await countQueries(() => listBoard(viewer, boardFilters.parse({ after: one.result.nextCursor ?? undefined })));
    for (let i = 0; i < 5; i++) await fileOne(await member(), a);
    const bigger = await countQueries(() => listBoard(null, boardFilters.parse({ sort: 'waiting', category: a.categoryId })));
    expect([one.queries, page2.queries, bigger.queries]).toEqual([1, 1, 1]);
  });
});

describe('getComplaintView', () => {
  let target: Filed;
  beforeAll(async () => {
    target = filed.find((f) => f.status === 'acknowledged')!;
    await commentOnComplaint({ actor: viewer, input: { complaintId: target.id, body: 'A mí me pasa igual.', idempotencyKey: key() } });
  });

  it('is nobody’s business outside the community while the board is private', async () => {
    expect(await getComplaintView(null, target.number, false)).toBeNull();
    const banned = actorOf(await createUser('member', { status: 'banned' }));
    expect(await getComplaintView(banned, target.number, false)).toBeNull();
    expect(await getComplaintView(viewer, target.number, false)).not.toBeNull();
    for (const n of [0, -1, 1.5, Number.NaN, 9_999_999]) expect(await getComplaintView(viewer, n, false)).toBeNull();
  });

  it("shows visitors a public board without members' names, but with staff signatures", async () => {
    const view = (await getComplaintView(null, target.number, true))!;
    expect(view.authorName).toBeNull();
    expect(view.isAuthor).toBe(false);
    expect(view.viewer).toMatchObject({ meToo: false, following: false, actions: [] });
    expect(Object.entries(view.viewer.can).filter(([, yes]) => yes).map(([action]) => action)).toEqual(['view']);
    const byKind = Object.fromEntries(view.timeline.map((e) => [e.kind, e.actor]));
    expect(byKind.official_reply).toEqual({ name: 'Laura', title: 'Atención al socio', staff: true });
    expect(byKind.comment).toEqual({ name: null, title: null, staff: false });
    expect(byKind.created).toEqual({ name: null, title: null, staff: false });
    expect(JSON.stringify(view)).not.toContain('Vera');
    expect(JSON.stringify(view)).not.toContain(target.author.id);

    const asMember = (await getComplaintView(viewer, target.number, true))!;
    expect(asMember.authorName).toBe('Socio ' + authors.indexOf(target.author));
    expect(asMember.timeline.find((e) => e.kind === 'comment')!.actor).toEqual({ name: 'Vera', title: null, staff: false });
  });

  it('offers each viewer the moves they may make', async () => {
    const proposed = filed.find((f) => f.status === 'solution_proposed')!;
    expect((await getComplaintView(proposed.author, proposed.number, false))!.viewer.actions.sort()).toEqual(['accept_solution', 'reject_solution', 'withdraw']);
    expect((await getComplaintView(laura, proposed.number, false))!.viewer.actions.sort()).toEqual(['close', 'official_reply']);
    expect((await getComplaintView(viewer, proposed.number, false))!.viewer.actions).toEqual([]);
  });

  it('costs the same few queries however long the timeline and whoever looks', async () => {
    const author = await member('Ana');
    const { id, number } = await fileOne(author, a, { photos: [await png()] });
    const cost = async (actor: Actor | null) => (await countQueries(() => getComplaintView(actor, number, true))).queries;
    const small = [await cost(author), await cost(viewer), await cost(laura), await cost(null)];

    await say(laura, id, 'official_reply');
    const talkers = await Promise.all([...Array(4).keys()].map((i) => member(`Vecino ${i}`)));
    for (let i = 0; i < 24; i++) await commentOnComplaint({ actor: talkers[i % 4]!, input: { complaintId: id, body: `Comentario ${i}`, idempotencyKey: key() } });
    for (const t of talkers) await setMeToo({ actor: t, input: { complaintId: id, on: true } });
    await addInternalNote({ actor: laura, input: { complaintId: id, body: 'Revisar', idempotencyKey: key() } });
    await sendPrivateMessage({ actor: author, input: { complaintId: id, body: 'Mi número de socio es 1234', idempotencyKey: key() } });
    const big = [await cost(author), await cost(viewer), await cost(laura), await cost(null)];

    expect(big).toEqual(small);
    for (const n of big) expect(n).toBeLessThanOrEqual(5);
    const view = (await getComplaintView(laura, number, true))!;
    expect(view.timeline.filter((e) => e.kind === 'comment')).toHaveLength(24);
    expect(view.meTooCount).toBe(4);
    expect(view.photos).toHaveLength(1);
  });
});

describe('similarOpenComplaints', () => {
  it('finds open complaints by the first letters of their words, and leaves finished ones out', async () => {
    const ana = await member('Ana');
    const open = await fileOne(ana, a, { title: 'Taquillas del vestuario rotas', body: 'Tres taquillas del vestuario de mujeres no cierran.' });
    const done = await fileOne(ana, a, { title: 'Taquillas sin llave en vestuario', body: 'Faltan las llaves de las taquillas de la planta baja.' });
    await decide(ana, done.id, 'withdraw');
    const found = await similarOpenComplaints(viewer, 'taquill vestuar');
    expect(found.map((c) => c.number)).toContain(open.number);
    expect(found.map((c) => c.number)).not.toContain(done.number);
    expect(found.find((c) => c.number === open.number)).toMatchObject({ mine: false, meToo: false });
    expect(await similarOpenComplaints(viewer, '¿?')).toEqual([]);
  });
});
