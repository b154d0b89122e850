import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { complaintBranches, complaintCategories, complaintEvents, complaintRatings, complaints, crisisAlerts, groupMembers, groups, incidents, notifications, posts, threads } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { crisisRadar } from '@/lib/complaints/jobs/crisis-radar';
import { complaintDashboard } from '@/lib/complaints/metrics/dashboard';
import { presetPeriod } from '@/lib/complaints/metrics/period';
import { detectSpikes } from '@/lib/complaints/metrics/radar';
import { Forbidden } from '@/lib/errors';
import { engagement } from '@/lib/metrics/engagement';
import { managerDashboard, staffFigures } from '@/lib/metrics/queries';
import { listNotifications } from '@/lib/notifications/queries';
import { actorOf, createUser } from '../factories';

// Complaints and their events written row by row at hand-picked instants (docs/decisions/0004), so
// every figure below is worked out on paper in the comments (docs/decisions/0006 for the rules).

const NOW = new Date('2026-03-31T12:00:00Z');
const at = (days: number, minutes = 0) => new Date(NOW.getTime() - days * 86_400_000 + minutes * 60_000);
const PERIOD = presetPeriod(30, NOW);

type Kind = (typeof complaintEvents.$inferInsert)['kind'];
type Status = (typeof complaints.$inferInsert)['status'];
/** [minutes after filing, kind, who, from → to, data] */
type Step = [number, Kind, string | null, [Status, Status] | null, Record<string, unknown>?];

let author: string;
let laura: Actor;
let jorge: Actor;
let manager: Actor;
let member: Actor;
const cat = { instalaciones: '', cobros: '' };
const branch = { central: '', piscina: '' };

async function file(category: string, branchId: string, filedAt: Date, priority: string, steps: Step[], rating?: [number, boolean, boolean, number]) {
  const db = getDb();
  const [c] = await db.insert(complaints).values({ authorId: author, title: 'Queja', bodyMd: 'Texto', bodyHtml: '<p>Texto</p>', categoryId: category, branchId, createdAt: filedAt }).returning({ id: complaints.id });
  const minutes = (n: number) => new Date(filedAt.getTime() + n * 60_000);
  await db.insert(complaintEvents).values([
    { complaintId: c!.id, kind: 'created', actorId: author, toStatus: 'open', data: { priority }, createdAt: filedAt },
    ...steps.map(([after, kind, actorId, move, data]) => ({
      complaintId: c!.id,
      kind,
      actorId,
      visibility: kind === 'note' || kind === 'sla_breached' || kind === 'priority_changed' ? ('internal' as const) : ('public' as const),
      fromStatus: move?.[0],
      toStatus: move?.[1],
      data,
      createdAt: minutes(after),
    })),
  ]);
  if (rating) {
    const [score, solved, wouldStay, after] = rating;
    await db.insert(complaintRatings).values({ complaintId: c!.id, rating: score, solved, wouldStay, createdAt: minutes(after) });
  }
  return c!.id;
}

beforeAll(async () => {
  author = (await createUser('member')).id;
  member = actorOf(await createUser('member'));
  laura = actorOf(await createUser('staff', { displayName: 'Laura' }));
  jorge = actorOf(await createUser('staff', { displayName: 'Jorge' }));
  manager = actorOf(await createUser('manager'));
  const db = getDb();
  const [i, c] = await db.insert(complaintCategories).values([{ name: 'Instalaciones', position: 0 }, { name: 'Cobros', position: 1 }]).returning();
  Object.assign(cat, { instalaciones: i!.id, cobros: c!.id });
  const [central, piscina] = await db.insert(complaintBranches).values([{ name: 'Central', position: 0 }, { name: 'Piscina', position: 1 }]).returning();
  Object.assign(branch, { central: central!.id, piscina: piscina!.id });
});

describe('dashboard complaint figures', () => {
  it('have nothing to say about an empty community, without dividing by zero, in five statements', async () => {
    const { result, queries } = await countQueries(() => complaintDashboard(PERIOD));
    expect(queries).toBe(5);
    expect(result.network).toMatchObject({ complaints: 0, csat: null, averageRating: null, slaCompliance: null, reopenRate: null, firstResponseMedianSeconds: null, resolutionMedianSeconds: null, trustIndex: null, fewAnswers: true });
    expect(result.backlog).toEqual({ open: 0, ageing: [0, 0, 0, 0, 0], breached: 0 });
    expect(result.staff).toEqual([]);
    expect(result.categories.map((c) => [c.name, c.complaints, c.csat])).toEqual([
      ['Instalaciones', 0, null],
      ['Cobros', 0, null],
    ]);
    // Every day of the period is on the trend, the quiet ones as empty samples.
    expect(result.trend).toHaveLength(31);
  });

  it('count each figure from the events exactly as docs/domain.md › Metrics defines it', async () => {
    const L = laura.id;
    const J = jorge.id;
    // C1: answered in 1 h, resolved in 3 h, rated 5 / solved / would stay.
    await file(cat.instalaciones, branch.central, at(10), 'normal', [
      [60, 'official_reply', L, ['open', 'acknowledged']],
      [120, 'solution_proposed', L, ['acknowledged', 'solution_proposed']],
      [180, 'solution_accepted', author, ['solution_proposed', 'resolved']],
    ], [5, true, true, 200]);
    // C2: first-response breach, answered by Jorge in 4 h, one rejection (a reopen), resolved at 8 h;
    // raised from high to urgent; rated 2 / not solved / would stay.
    await file(cat.instalaciones, branch.piscina, at(5), 'high', [
      [10, 'priority_changed', L, null, { from: 'high', to: 'urgent' }],
      [30, 'sla_breached', null, null, { clock: 'first_response' }],
      [240, 'official_reply', J, ['open', 'acknowledged']],
      [300, 'solution_proposed', J, ['acknowledged', 'solution_proposed']],
      [360, 'solution_rejected', author, ['solution_proposed', 'in_progress']],
      [420, 'solution_proposed', L, ['in_progress', 'solution_proposed']],
      [480, 'solution_accepted', author, ['solution_proposed', 'resolved']],
    ], [2, false, true, 500]);
    // C3: two days old, never answered (the reply written "tomorrow" is not counted), breached now.
    await file(cat.cobros, branch.central, at(2), 'normal', [
      [60, 'sla_breached', null, null, { clock: 'first_response' }],
      [3 * 24 * 60, 'official_reply', L, ['open', 'acknowledged']],
    ]);
    // C4: withdrawn by its author without an answer: ended, no breach.
    await file(cat.cobros, branch.central, at(20), 'low', [
      [20, 'note', L, null],
      [40, 'comment', author, null],
      [100, 'closed', author, ['open', 'closed'], { reason: 'withdrawn' }],
    ]);
    // C5: two hours old, answered in 30 min, an update breach answered since: open, not breached.
    await file(cat.cobros, branch.piscina, at(0, -120), 'normal', [
      [30, 'official_reply', L, ['open', 'acknowledged']],
      [60, 'sla_breached', null, null, { clock: 'update' }],
      [90, 'progress_update', L, ['acknowledged', 'in_progress']],
    ]);
    // C6: answered in 10 min, resolved, reopened by staff, resolved again at 5 h.
    await file(cat.instalaciones, branch.central, at(15), 'normal', [
      [10, 'official_reply', L, ['open', 'acknowledged']],
      [100, 'status_changed', L, ['acknowledged', 'resolved']],
      [200, 'reopened', L, ['resolved', 'open']],
      [300, 'status_changed', L, ['open', 'resolved']],
    ]);
    // P1: the previous period: answered in 30 min, resolved, rated 4 / solved / would not stay.
    await file(cat.instalaciones, branch.central, at(40), 'normal', [
      [30, 'official_reply', L, ['open', 'acknowledged']],
      [60, 'solution_proposed', L, ['acknowledged', 'solution_proposed']],
      [90, 'solution_accepted', author, ['solution_proposed', 'resolved']],
    ], [4, true, false, 100]);
    // O1: a hundred days old and still open: only the backlog sees it.
    await file(cat.cobros, branch.central, at(100), 'normal', []);

    const { result: d, queries } = await countQueries(() => complaintDashboard(PERIOD));
    expect(queries).toBe(6);
    expect(d.network).toMatchObject({
      complaints: 6,
      // C1, C2, C5, C6 answered; C3's reply is after now.
      replied: 4,
      responseRate: 4 / 6,
      // [600, 1800, 3600, 14400]: median (1800 + 3600) / 2, p90 the 4th (⌈0.9 × 4⌉).
      firstResponseMedianSeconds: 2700,
      firstResponseP90Seconds: 14400,
      // Last resolution: C1 3 h, C6 5 h, C2 8 h.
      resolved: 3,
      resolutionMedianSeconds: 18000,
      resolutionP90Seconds: 28800,
      // Judged: ended (C1, C2, C4, C6) or breached (C2, C3); met: ended without a breach (C1, C4, C6).
      // C5's update breach is not a first-response or resolution breach, and C5 is still open.
      slaJudged: 5,
      slaMet: 3,
      slaCompliance: 0.6,
      // C2's rejection and C6's reopening, over C1 + C2 + C6's two resolutions.
      reopens: 2,
      resolutions: 4,
      reopenRate: 0.5,
      answers: 2,
      csat: 0.5,
      averageRating: 3.5,
      solutionRate: 0.5,
      wouldStayRate: 1,
      trustIndex: null,
      fewAnswers: true,
    });
    expect(d.previous).toMatchObject({ complaints: 1, answers: 1, csat: 1, averageRating: 4, wouldStayRate: 0, firstResponseMedianSeconds: 1800 });
    // Open at the end: C5 (2 h), C3 (2 days), O1 (100 days); only C3 is breached now.
    expect(d.backlog).toEqual({ open: 3, ageing: [1, 1, 0, 0, 1], breached: 1 });

    expect(d.categories.map((c) => [c.name, c.complaints, c.answers, c.csat, c.previous.complaints])).toEqual([
      ['Instalaciones', 3, 2, 0.5, 1],
      ['Cobros', 3, 0, null, 0],
    ]);
    expect(d.branches.map((b) => [b.name, b.complaints, b.replied, b.firstResponseMedianSeconds])).toEqual([
      ['Central', 4, 2, (3600 + 600) / 2],
      ['Piscina', 2, 2, (14400 + 1800) / 2],
    ]);
    // The priority at the end: C2 was raised to urgent, C4 filed low.
    expect(d.priorities.map((p) => [p.priority, p.complaints])).toEqual([
      ['urgent', 1],
      ['high', 0],
      ['normal', 4],
      ['low', 1],
    ]);
    // Laura signed on C1, C5, C6 first and on C2 later; Jorge was first on C2.
    expect(d.staff).toEqual([
      { id: laura.id, name: 'Laura', answered: 4, firstResponses: 3, firstResponseMedianSeconds: 1800, answers: 2, csat: 0.5, averageRating: 3.5, fewAnswers: true },
      { id: jorge.id, name: 'Jorge', answered: 1, firstResponses: 1, firstResponseMedianSeconds: 14400, answers: 1, csat: 0, averageRating: 2, fewAnswers: true },
    ]);
    const c1Day = d.trend.find((p) => p.start.getTime() === Date.UTC(2026, 2, 21));
    expect(c1Day).toMatchObject({ complaints: 1, csat: 1, firstResponseMedianSeconds: 3600 });
    expect(d.trend.reduce((sum, p) => sum + p.complaints, 0)).toBe(6);
  });

  it('give each staff member their own figures, and nobody else’s', async () => {
    expect(await staffFigures(laura, PERIOD)).toMatchObject({ answered: 4, firstResponses: 3, csat: 0.5 });
    expect(await staffFigures(manager, PERIOD, jorge.id)).toMatchObject({ name: 'Jorge', answered: 1 });
    expect(await staffFigures(manager, PERIOD, manager.id)).toMatchObject({ answered: 0, firstResponseMedianSeconds: null, csat: null });
    await expect(staffFigures(laura, PERIOD, jorge.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(staffFigures(member, PERIOD)).rejects.toBeInstanceOf(Forbidden);
    await expect(managerDashboard(laura, PERIOD)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('engagement', () => {
  it('counts active members, posts, threads, new members and group growth in the period and before', async () => {
    const db = getDb();
    const [g] = await db.insert(groups).values({ slug: 'futbol', name: 'Fútbol', memberCount: 2 }).returning();
    const [th] = await db.insert(threads).values({ groupId: g!.id, authorId: member.id, title: 'Partido', createdAt: at(3) }).returning();
    const post = (authorId: string, when: Date, deleted = false) => ({ threadId: th!.id, authorId, bodyMd: 'x', bodyHtml: '<p>x</p>', createdAt: when, deletedAt: deleted ? when : null });
    await db.insert(posts).values([post(member.id, at(3)), post(member.id, at(0, -60)), post(laura.id, at(0, -30)), post(author, at(45)), post(author, at(1), true)]);
    await db.insert(groupMembers).values([
      { groupId: g!.id, userId: member.id, joinedAt: at(3) },
      { groupId: g!.id, userId: author, joinedAt: at(50) },
    ]);
    const { result: e, queries } = await countQueries(() => engagement(PERIOD));
    expect(queries).toBe(2);
    // Active today: the member's post (Laura is staff). This week / month: the member, and the author
    // who filed C3 two days ago and C5 two hours ago; the deleted post does not count.
    expect([e.activeDay, e.activeWeek, e.activeMonth]).toEqual([2, 2, 2]);
    expect(e.current).toMatchObject({ posts: 3, threads: 1, groupJoins: 1 });
    expect(e.previous).toMatchObject({ posts: 1, threads: 0, groupJoins: 1 });
    expect(e.topGroups).toEqual([{ id: g!.id, slug: 'futbol', name: 'Fútbol', posts: 3, joins: 1, members: 2 }]);
    expect(e.trend.reduce((sum, p) => sum + p.posts, 0)).toBe(3);
  });
});

describe('crisis radar', () => {
  it('flags a category and a branch far above their usual rate, and tells managers once', async () => {
    // Five Instalaciones complaints at Piscina in the last three hours (Piscina also had C5 two hours
    // ago); the 28 days before had C1, C2, C6 in Instalaciones (3 in 672 h: 0.013 expected in 3 h).
    for (const minutes of [-170, -120, -90, -40, -5]) await file(cat.instalaciones, branch.piscina, at(0, minutes), 'normal', []);
    const spikes = await detectSpikes(NOW);
    expect(spikes.map((s) => [s.scope, s.name, s.observed])).toEqual(expect.arrayContaining([
      ['category', 'Instalaciones', 5],
      ['branch', 'Piscina', 6],
    ]));
    expect(spikes.every((s) => s.p < 0.001 && s.complaintIds.length === s.observed)).toBe(true);

    expect(await crisisRadar(NOW)).toHaveLength(spikes.length);
    // Seen again a minute later: the same spikes, no second alert.
    expect(await crisisRadar(new Date(NOW.getTime() + 60_000))).toEqual([]);
    expect(await getDb().select().from(crisisAlerts)).toHaveLength(spikes.length);
    // Grouped into an incident, the complaints are no longer offered for grouping; the spike stays.
    const [incident] = await getDb().insert(incidents).values({ title: 'Avería', type: 'technical', level: 2, createdBy: manager.id }).returning();
    await getDb().update(complaints).set({ incidentId: incident!.id }).where(inArray(complaints.id, spikes[0]!.complaintIds));
    const again = (await detectSpikes(NOW)).find((s) => s.scope === spikes[0]!.scope && s.id === spikes[0]!.id);
    expect(again).toMatchObject({ observed: spikes[0]!.observed, complaintIds: [] });
    const told = await getDb().select().from(notifications).where(and(eq(notifications.kind, 'crisis_alert'), eq(notifications.userId, manager.id)));
    expect(told).toHaveLength(spikes.length);
    const bell = await listNotifications(manager);
    expect(bell.items.filter((n) => n.kind === 'crisis_alert').map((n) => n.href)).toEqual(spikes.map(() => '/admin/dashboard#radar'));
    // Staff are not told, and could not see the alert if they were.
    expect((await listNotifications(laura)).items.some((n) => n.kind === 'crisis_alert')).toBe(false);
  });
});
