import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { assignComplaint } from '@/lib/complaints/assign';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { sweepSla } from '@/lib/complaints/jobs/sla-sweep';
import { setFollow } from '@/lib/complaints/follow';
import {
  complaintScene,
  complaintRow,
  daysAgo,
  decide,
  eventsOf,
  freshComplaint,
  key,
  type Lists,
  member,
  minutesFrom,
  noticeKinds,
  noticesFor,
  say,
  setComplaint,
  staffer,
} from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
let paco: Actor;
let marta: Actor;
beforeAll(async () => {
  ({ lists, laura } = await complaintScene());
  paco = await staffer('Paco', 'Mantenimiento');
  marta = await staffer('Marta', 'Directora', 'manager');
});

const fresh = () => freshComplaint(lists);

/** A complaint filed `days` ago whose first answer is overdue, owned by Paco. */
async function overdue(now: Date, days = 2) {
  const c = await fresh();
  await assignComplaint({ actor: laura, input: { complaintId: c.id, assigneeId: paco.id } });
  const createdAt = daysAgo(days, now);
  await setComplaint(c.id, { createdAt, nextDueAt: minutesFrom(createdAt, 1440), resolutionDueAt: minutesFrom(createdAt, 10080) });
  return c;
}

const breaches = async (id: string) => (await eventsOf(id)).filter((e) => e.kind === 'sla_breached');
const activeManagers = async () => (await getDb().select({ id: users.id }).from(users).where(and(eq(users.role, 'manager'), eq(users.status, 'active')))).map((u) => u.id);
const activeStaff = async () => (await getDb().select({ id: users.id }).from(users).where(and(inArray(users.role, ['staff', 'manager']), eq(users.status, 'active')))).map((u) => u.id);
const toldOf = async (id: string, kind: string) => (await noticesFor(id)).filter((n) => n.kind === kind);

describe('sweepSla', () => {
  it('records a breach once per due time, marks it, and tells the handler and the managers', async () => {
    const now = new Date();
    const c = await overdue(now);
    const due = (await complaintRow(c.id)).nextDueAt!;
    await sweepSla(now);

    const [breach, ...more] = await breaches(c.id);
    expect(more).toEqual([]);
    expect(breach).toMatchObject({ visibility: 'internal', actorId: null, data: { clock: 'first_response', dueAt: due.toISOString() } });
    expect((await complaintRow(c.id)).breachedAt).toEqual(now);
    const told = await toldOf(c.id, 'complaint_sla_breached');
    expect(told.map((n) => n.userId).sort()).toEqual([paco.id, ...(await activeManagers())].sort());
    expect(told.every((n) => n.complaintEventId === breach!.id)).toBe(true);
    expect(await noticeKinds(c.id, laura.id)).not.toContain('complaint_sla_breached');

    await sweepSla(now);
    await sweepSla(minutesFrom(now, 60));
    expect(await breaches(c.id)).toHaveLength(1);
    expect(await toldOf(c.id, 'complaint_sla_breached')).toHaveLength(told.length);
  });

  it('warns the handlers once in the last fifth of the interval, then breaches when it runs out', async () => {
    const now = new Date();
    const soon = await fresh();
    const far = await fresh();
    // Normal priority: 1440 minutes to the first answer, so the warning comes in the last 288.
    await setComplaint(soon.id, { nextDueAt: minutesFrom(now, 100) });
    await setComplaint(far.id, { nextDueAt: minutesFrom(now, 1000) });
    await sweepSla(now);
    expect((await complaintRow(soon.id)).slaWarnedAt).toEqual(now);
    expect((await complaintRow(far.id)).slaWarnedAt).toBeNull();
    const warned = await toldOf(soon.id, 'complaint_sla_warning');
    // Nobody owns it yet: every active staff member handles it.
    expect(warned.map((n) => n.userId).sort()).toEqual((await activeStaff()).sort());
    expect(await breaches(soon.id)).toEqual([]);

    await sweepSla(minutesFrom(now, 10));
    expect(await toldOf(soon.id, 'complaint_sla_warning')).toHaveLength(warned.length);
    await sweepSla(minutesFrom(now, 101));
    expect(await breaches(soon.id)).toHaveLength(1);
    expect(await toldOf(far.id, 'complaint_sla_warning')).toEqual([]);
  });

  it('records the breach when the answer comes late, and restarts the clock from the answer', async () => {
    const now = new Date();
    const c = await overdue(now);
    const due = (await complaintRow(c.id)).nextDueAt!;
    await say(laura, c.id, 'official_reply');
    const [breach, ...more] = await breaches(c.id);
    expect(more).toEqual([]);
    expect(breach).toMatchObject({ data: { clock: 'first_response', dueAt: due.toISOString() } });
    const row = await complaintRow(c.id);
    expect(row.breachedAt).toBeNull();
    expect(row.nextDueAt).toEqual(minutesFrom(row.lastStaffUpdateAt!, 4320));
    await sweepSla(new Date());
    expect(await breaches(c.id)).toHaveLength(1);

    // Swept first, answered after: still one breach for that due time, and the clock starts again.
    const swept = await overdue(now);
    await sweepSla(now);
    await say(laura, swept.id, 'official_reply');
    expect(await breaches(swept.id)).toHaveLength(1);
    const answered = await complaintRow(swept.id);
    expect(answered).toMatchObject({ breachedAt: null, slaWarnedAt: null });
    expect(answered.nextDueAt!.getTime()).toBeGreaterThan(Date.now());

    // The next update is owed too: its own clock, its own breach.
    const updateDue = answered.nextDueAt!;
    await sweepSla(minutesFrom(updateDue, 1));
    expect((await breaches(swept.id)).map((e) => e.data)).toEqual([
      { clock: 'first_response', dueAt: expect.any(String) },
      { clock: 'update', dueAt: updateDue.toISOString() },
    ]);
  });

  it('records a resolution breach once, without warning about a clock that is far away', async () => {
    const now = new Date();
    const c = await fresh();
    await say(laura, c.id, 'official_reply');
    // Answered, so the next word is owed in three days; but the whole complaint is overdue.
    await setComplaint(c.id, { createdAt: daysAgo(8, now), resolutionDueAt: daysAgo(1, now) });
    await sweepSla(now);
    await sweepSla(minutesFrom(now, 5));
    expect((await breaches(c.id)).map((e) => e.data)).toEqual([{ clock: 'resolution', dueAt: daysAgo(1, now).toISOString() }]);
    expect((await toldOf(c.id, 'complaint_sla_breached')).map((n) => n.userId).sort()).toEqual((await activeStaff()).sort());
    const row = await complaintRow(c.id);
    expect(row.slaWarnedAt).toBeNull();
    expect(await toldOf(c.id, 'complaint_sla_warning')).toEqual([]);
    // Resolving late keeps that one breach, no second.
    await say(laura, c.id, 'propose_solution', 'Hecho.');
    await decide(c.author, c.id, 'accept_solution');
    expect((await breaches(c.id)).map((e) => (e.data as { clock: string }).clock)).toEqual(['resolution']);
  });

  it('keeps the fresh clock a reopen gave, whatever else happens on the complaint', async () => {
    const c = await fresh();
    await say(laura, c.id, 'propose_solution', 'Cambiamos la caldera.');
    const longAgo = daysAgo(5);
    await setComplaint(c.id, { firstResponseAt: longAgo, lastStaffUpdateAt: longAgo, solutionProposedAt: longAgo });
    await decide(c.author, c.id, 'reject_solution', 'Sigue fría.');
    const reopened = await complaintRow(c.id);
    // Owed one update interval from the reopen, not from the old answer three days overdue.
    expect(reopened.nextDueAt!.getTime()).toBeGreaterThan(Date.now() + 4319 * 60_000);
    await commentOnComplaint({ actor: c.author, input: { complaintId: c.id, body: 'Hoy tampoco.', idempotencyKey: key() } });
    await setFollow({ actor: await member(), input: { complaintId: c.id, on: true } });
    expect((await complaintRow(c.id)).nextDueAt).toEqual(reopened.nextDueAt);
    await sweepSla(new Date());
    expect(await breaches(c.id)).toEqual([]);
  });

  it('does the work once when two sweeps run at the same time', async () => {
    const now = new Date();
    const due = await Promise.all([overdue(now, 3), overdue(now, 3), overdue(now, 3)]);
    const results = await Promise.all([sweepSla(now), sweepSla(now)]);
    expect(results[0].breached + results[1].breached).toBeGreaterThanOrEqual(due.length);
    for (const c of due) {
      expect((await breaches(c.id)).map((e) => (e.data as { clock: string }).clock)).toEqual(['first_response']);
      const told = (await toldOf(c.id, 'complaint_sla_breached')).map((n) => n.userId);
      expect(told.length).toBe(new Set(told).size);
      expect(told).toContain(paco.id);
      expect(told).toContain(marta.id);
    }
  });
});
