import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { complaintBranches, complaintCategories, complaintEvents, complaintRatings, complaints, incidents } from '@/db/schema';
import { median, percentile } from '@/lib/complaints/metrics/formulas';
import { transparencyFigures } from '@/lib/complaints/metrics/queries';
import { createUser } from '../factories';

// Complaints, their events and survey answers written row by row as the verbs write them
// (docs/decisions/0004), at hand-picked instants, so that every figure can be worked out on paper.

const HOUR = 3600;
const NOW = new Date('2026-03-31T12:00:00Z');
const at = (days: number, minutes = 0) => new Date(NOW.getTime() - days * 86_400_000 + minutes * 60_000);

type Status = (typeof complaints.$inferInsert)['status'];
interface Step {
  kind: (typeof complaintEvents.$inferInsert)['kind'];
  /** Minutes after filing; negative never happens. */
  after: number;
  by: 'author' | 'staff' | null;
  from?: Status;
  to?: Status;
  visibility?: 'public' | 'private' | 'internal';
  data?: Record<string, unknown>;
}
interface Answer {
  after: number;
  rating: number;
  solved: boolean;
  wouldStay: boolean;
}

let author: string;
let staff: string;
let category: string;
let incident: string;
const branch: Record<'central' | 'piscina' | 'antigua' | 'cerrada', string> = { central: '', piscina: '', antigua: '', cerrada: '' };

/** Files a complaint at `filedAt` and writes its timeline, then its survey answer if any. */
async function story(branchId: string, filedAt: Date, steps: Step[], answer?: Answer) {
  const db = getDb();
  const last = [...steps].reverse().find((s) => s.to);
  const [c] = await db
    .insert(complaints)
    .values({
      authorId: author,
      title: 'Queja de prueba',
      bodyMd: 'Texto',
      bodyHtml: '<p>Texto</p>',
      categoryId: category,
      branchId,
      status: last?.to ?? 'open',
      createdAt: filedAt,
    })
    .returning({ id: complaints.id });
  const minutes = (n: number) => new Date(filedAt.getTime() + n * 60_000);
  await db.insert(complaintEvents).values([
    { complaintId: c!.id, kind: 'created', actorId: author, toStatus: 'open', data: { priority: 'normal' }, createdAt: filedAt },
    ...steps.map((s) => ({
      complaintId: c!.id,
      kind: s.kind,
      visibility: s.visibility ?? 'public',
      actorId: s.by === 'author' ? author : s.by === 'staff' ? staff : null,
      fromStatus: s.from,
      toStatus: s.to,
      data: s.data,
      createdAt: minutes(s.after),
    })),
  ]);
  if (answer) {
    const { after, ...survey } = answer;
    await db.insert(complaintRatings).values({ complaintId: c!.id, ...survey, createdAt: minutes(after) });
    await db.insert(complaintEvents).values({ complaintId: c!.id, kind: 'rated', actorId: author, data: survey, createdAt: minutes(after) });
  }
  return c!.id;
}

/** Answered, solution proposed, accepted by the author: the usual happy path. */
const solved = (replyAfter: number, kind: Step['kind'] = 'official_reply'): Step[] => [
  { kind, after: replyAfter, by: 'staff', from: 'open', to: kind === 'solution_proposed' ? 'solution_proposed' : 'acknowledged' },
  ...(kind === 'solution_proposed' ? [] : [{ kind: 'solution_proposed' as const, after: replyAfter + 60, by: 'staff' as const, from: 'acknowledged' as const, to: 'solution_proposed' as const }]),
  { kind: 'solution_accepted', after: replyAfter + 120, by: 'author', from: 'solution_proposed', to: 'resolved' },
];

beforeAll(async () => {
  author = (await createUser('member')).id;
  staff = (await createUser('staff')).id;
});

describe('transparency figures', () => {
  it('have nothing to say about an empty community, in two queries', async () => {
    const { result, queries } = await countQueries(() => transparencyFigures({ windowDays: 90, now: NOW }));
    expect(queries).toBe(2);
    expect(result.branches).toEqual([]);
    expect(result.network).toEqual({
      complaints: 0,
      replied: 0,
      answers: 0,
      solvedYes: 0,
      wouldStayYes: 0,
      highRatings: 0,
      ratingSum: 0,
      responseRate: null,
      solutionRate: null,
      csat: null,
      averageRating: null,
      wouldStayRate: null,
      firstResponseMedianSeconds: null,
      firstResponseP90Seconds: null,
      trustIndex: null,
      fewAnswers: true,
    });
    expect(result.from).toEqual(at(90));
    expect(result.to).toEqual(NOW);
    expect(result.minEvaluations).toBe(10);
    expect(result.priorWeight).toBe(7);
  });

  it('list the branches with nothing to show before any complaint is filed', async () => {
    const db = getDb();
    category = (await db.insert(complaintCategories).values({ name: 'Instalaciones' }).returning())[0]!.id;
    const rows = await db
      .insert(complaintBranches)
      .values([
        { name: 'Sede central', position: 0 },
        { name: 'Piscina', position: 1 },
        { name: 'Antigua sede', position: 2 },
        { name: 'Tienda cerrada', position: 3, archived: true },
      ])
      .returning();
    const [central, piscina, antigua, cerrada] = rows.map((r) => r.id);
    Object.assign(branch, { central, piscina, antigua, cerrada });
    incident = (await db.insert(incidents).values({ title: 'Corte de agua', type: 'technical', level: 1, createdBy: staff }).returning())[0]!.id;

    const { branches, network } = await transparencyFigures({ windowDays: 30, now: NOW });
    expect(branches.map((b) => b.name)).toEqual(['Sede central', 'Piscina', 'Antigua sede']);
    for (const b of branches) {
      expect(b).toMatchObject({ complaints: 0, responseRate: null, firstResponseMedianSeconds: null, solutionRate: null, trustIndex: null, fewAnswers: true });
    }
    expect(network.complaints).toBe(0);
  });

  it('count only official public staff statements as replies, and only what happened by now', async () => {
    // Sede central
    await story(branch.central, at(10), [{ kind: 'note', after: 10, by: 'staff', visibility: 'internal' }, ...solved(60)], {
      after: 240,
      rating: 5,
      solved: true,
      wouldStay: true,
    });
    await story(
      branch.central,
      at(5),
      [
        { kind: 'assigned', after: 5, by: 'staff', visibility: 'internal', data: { assigneeId: staff } },
        { kind: 'status_changed', after: 30, by: 'staff', from: 'open', to: 'in_progress' },
        { kind: 'progress_update', after: 180, by: 'staff' },
        { kind: 'solution_proposed', after: 240, by: 'staff', from: 'in_progress', to: 'solution_proposed' },
        { kind: 'solution_accepted', after: 300, by: 'author', from: 'solution_proposed', to: 'resolved' },
      ],
      { after: 360, rating: 2, solved: false, wouldStay: false },
    );
    await story(branch.central, at(3), [
      { kind: 'comment', after: 5, by: 'staff' },
      { kind: 'private_message', after: 10, by: 'staff', visibility: 'private' },
      { kind: 'continued_privately', after: 10, by: 'staff' },
    ]);
    // Answered, but an hour after the moment the figures are taken.
    await story(branch.central, at(0, -120), solved(180));
    // Piscina
    await story(branch.piscina, at(20), solved(120, 'solution_proposed'), { after: 600, rating: 4, solved: true, wouldStay: false });
    await story(
      branch.piscina,
      at(1),
      [
        { kind: 'incident_linked', after: 10, by: 'staff', data: { incidentId: incident, title: 'Corte de agua' } },
        { kind: 'incident_update', after: 30, by: 'staff', data: { incidentId: incident } },
        { kind: 'incident_update', after: 200, by: 'staff', from: 'open', to: 'resolved', data: { incidentId: incident } },
      ],
      // Answered after the moment the figures are taken: not counted yet.
      { after: 60 * 24 + 1, rating: 1, solved: false, wouldStay: false },
    );
    // Antigua sede: 40 days ago, inside the 90-day window only.
    await story(branch.antigua, at(40), solved(600), { after: 900, rating: 3, solved: false, wouldStay: true });
    // Sede central, 100 days ago: the 365-day window only.
    await story(branch.central, at(100), solved(60 * 24), { after: 60 * 48, rating: 1, solved: false, wouldStay: false });
    // Filed a minute after the moment the figures are taken.
    await story(branch.central, at(0, 1), []);

    const { result: month, queries } = await countQueries(() => transparencyFigures({ windowDays: 30, now: NOW }));
    expect(queries).toBe(2);
    // Replies after 1 h, 3 h (central), 2 h and 30 min (piscina).
    expect(month.network).toEqual({
      complaints: 6,
      replied: 4,
      answers: 3,
      solvedYes: 2,
      wouldStayYes: 1,
      highRatings: 2,
      ratingSum: 11,
      responseRate: 4 / 6,
      solutionRate: 2 / 3,
      csat: 2 / 3,
      averageRating: 11 / 3,
      wouldStayRate: 1 / 3,
      firstResponseMedianSeconds: 1.5 * HOUR,
      firstResponseP90Seconds: 3 * HOUR,
      trustIndex: null,
      fewAnswers: true,
    });
    const [central, piscina, antigua, ...rest] = month.branches;
    expect(rest).toEqual([]);
    expect(central).toMatchObject({
      name: 'Sede central',
      complaints: 4,
      replied: 2,
      answers: 2,
      responseRate: 0.5,
      solutionRate: 0.5,
      csat: 0.5,
      averageRating: 3.5,
      wouldStayRate: 0.5,
      firstResponseMedianSeconds: 2 * HOUR,
      firstResponseP90Seconds: 3 * HOUR,
      trustIndex: null,
      fewAnswers: true,
    });
    expect(piscina).toMatchObject({
      name: 'Piscina',
      complaints: 2,
      replied: 2,
      answers: 1,
      responseRate: 1,
      solutionRate: 1,
      csat: 1,
      averageRating: 4,
      wouldStayRate: 0,
      firstResponseMedianSeconds: 1.25 * HOUR,
      firstResponseP90Seconds: 2 * HOUR,
      trustIndex: null,
    });
    expect(antigua).toMatchObject({ name: 'Antigua sede', complaints: 0, responseRate: null, firstResponseMedianSeconds: null });

    const quarter = await transparencyFigures({ windowDays: 90, now: NOW });
    // Adds the Antigua complaint: answered after 10 h, rated 3, not solved, would stay.
    expect(quarter.network).toMatchObject({
      complaints: 7,
      replied: 5,
      answers: 4,
      solvedYes: 2,
      wouldStayYes: 2,
      highRatings: 2,
      ratingSum: 14,
      averageRating: 3.5,
      csat: 0.5,
      firstResponseMedianSeconds: 2 * HOUR,
      firstResponseP90Seconds: 10 * HOUR,
    });
    expect(quarter.branches.find((b) => b.name === 'Antigua sede')).toMatchObject({ complaints: 1, firstResponseMedianSeconds: 10 * HOUR, averageRating: 3 });

    const year = await transparencyFigures({ windowDays: 365, now: NOW });
    // Adds a central complaint answered after a day and rated 1.
    expect(year.network).toMatchObject({ complaints: 8, replied: 6, answers: 5, ratingSum: 15, firstResponseMedianSeconds: 2.5 * HOUR, firstResponseP90Seconds: 24 * HOUR });
    expect(year.branches[0]).toMatchObject({ complaints: 5, replied: 3, firstResponseMedianSeconds: 3 * HOUR, firstResponseP90Seconds: 24 * HOUR });
  });

  it('shows an archived branch only while it has complaints in the window', async () => {
    await getDb().update(complaintBranches).set({ archived: true }).where(eq(complaintBranches.id, branch.antigua));
    expect((await transparencyFigures({ windowDays: 30, now: NOW })).branches.map((b) => b.name)).toEqual(['Sede central', 'Piscina']);
    expect((await transparencyFigures({ windowDays: 90, now: NOW })).branches.map((b) => b.name)).toEqual(['Sede central', 'Piscina', 'Antigua sede']);
  });

  it('publish the trust index from ten evaluations, each branch shrunk toward the network', async () => {
    // A year later, so that the complaints above are out of every window.
    const later = new Date('2027-06-30T12:00:00Z');
    const day = (n: number) => new Date(later.getTime() - n * 86_400_000);
    const happy = { after: 300, rating: 5, solved: true, wouldStay: true };
    const meh = { after: 300, rating: 3, solved: false, wouldStay: true };
    for (let i = 0; i < 8; i++) await story(branch.central, day(i + 1), solved(60), i < 5 ? happy : meh);
    await story(branch.piscina, day(2), solved(120), { after: 300, rating: 1, solved: false, wouldStay: false });
    await story(branch.piscina, day(3), solved(240), { after: 400, rating: 2, solved: false, wouldStay: false });
    // Closed without a word: closing is not a reply.
    await story(branch.piscina, day(4), [{ kind: 'closed', after: 100, by: 'staff', from: 'open', to: 'closed', data: { reason: 'not_actionable' } }], {
      after: 500,
      rating: 4,
      solved: true,
      wouldStay: false,
    });
    await story(branch.piscina, day(5), []);

    const ten = await transparencyFigures({ windowDays: 30, now: later });
    // Central 8 complaints, all answered after 1 h, 5 × (5, solved, stays) + 3 × (3, not solved, stays);
    // Piscina 4 complaints, 2 answered (2 h, 4 h), 3 answers: (1, no, no), (2, no, no), (4, yes, no).
    expect(ten.network).toMatchObject({
      complaints: 12,
      replied: 10,
      answers: 11,
      solvedYes: 6,
      wouldStayYes: 8,
      highRatings: 6,
      ratingSum: 41,
      firstResponseMedianSeconds: HOUR,
      firstResponseP90Seconds: 2 * HOUR,
      fewAnswers: false,
    });
    const network = 10 * (0.2 * (10 / 12) + 0.3 * (6 / 11) + (0.3 * (41 / 11 - 1)) / 4 + 0.2 * (8 / 11));
    expect(ten.network.trustIndex).toBeCloseTo(network, 10);
    expect(ten.network.trustIndex).toBeCloseTo(6.803, 3);

    const [central, piscina] = ten.branches;
    const bayes = (part: number, total: number, prior: number) => (part + 7 * prior) / (total + 7);
    const index = (ir: number, is: number, avg: number, inn: number) => 10 * (0.2 * ir + 0.3 * is + (0.3 * (avg - 1)) / 4 + 0.2 * inn);
    expect(central).toMatchObject({ complaints: 8, answers: 8, fewAnswers: true, firstResponseMedianSeconds: HOUR });
    expect(central!.trustIndex).toBeCloseTo(index(bayes(8, 8, 10 / 12), bayes(5, 8, 6 / 11), bayes(34, 8, 41 / 11), bayes(8, 8, 8 / 11)), 10);
    expect(piscina).toMatchObject({ complaints: 4, replied: 2, answers: 3, fewAnswers: true, firstResponseMedianSeconds: 3 * HOUR, firstResponseP90Seconds: 4 * HOUR });
    expect(piscina!.trustIndex).toBeCloseTo(index(bayes(2, 4, 10 / 12), bayes(1, 3, 6 / 11), bayes(7, 3, 41 / 11), bayes(0, 3, 8 / 11)), 10);
    // The prior pulls both toward the network: the weak branch up, the strong one down.
    expect(piscina!.trustIndex!).toBeGreaterThan(index(2 / 4, 1 / 3, 7 / 3, 0));
    expect(central!.trustIndex!).toBeLessThan(index(1, 5 / 8, 34 / 8, 1));

    // Taken a day earlier, the network has exactly ten answers: published. Half a day before that,
    // two answers are not given yet and a third complaint not filed: nothing, not even per branch.
    const atTen = await transparencyFigures({ windowDays: 30, now: new Date(later.getTime() - 86_400_000 - 60_000) });
    expect(atTen.network.answers).toBe(10);
    expect(atTen.network.trustIndex).not.toBeNull();
    expect(atTen.branches.every((b) => b.trustIndex !== null)).toBe(true);
    const belowTen = await transparencyFigures({ windowDays: 30, now: new Date(later.getTime() - 2 * 86_400_000 + 60_000) });
    expect(belowTen.network.answers).toBe(8);
    expect(belowTen.network.trustIndex).toBeNull();
    expect(belowTen.branches.map((b) => b.trustIndex)).toEqual([null, null]);
  });

  it('take the median and the 90th percentile exactly as the formulas define them', async () => {
    // 70 answered complaints, waits of 1 … 70 minutes, filed in a window of their own: ⌈0.9 × 70⌉ = 63,
    // where ⌈0.9 × 70⌉ in floating point would be 64.
    const alone = new Date('2028-06-30T12:00:00Z');
    const waits = Array.from({ length: 70 }, (_, i) => (70 - i) * 60);
    for (const [i, wait] of waits.entries()) {
      await story(branch.piscina, new Date(alone.getTime() - (i + 2) * 3_600_000), [{ kind: 'official_reply', after: wait / 60, by: 'staff', from: 'open', to: 'acknowledged' }]);
    }
    const { network, branches } = await transparencyFigures({ windowDays: 30, now: alone });
    expect(network.replied).toBe(70);
    expect(network.firstResponseMedianSeconds).toBe(median(waits));
    expect(network.firstResponseMedianSeconds).toBe(35.5 * 60);
    expect(network.firstResponseP90Seconds).toBe(percentile(waits, 90));
    expect(network.firstResponseP90Seconds).toBe(63 * 60);
    expect(branches.find((b) => b.name === 'Piscina')).toMatchObject({ firstResponseMedianSeconds: 35.5 * 60, firstResponseP90Seconds: 63 * 60 });
  });
});
