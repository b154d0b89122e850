// The follow-up lifecycle, its clock and escalation, and the bad input the issue lists.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, followUpEvents, followUps, users } from '@/db/schema';
import { closeFollowUp } from '@/lib/at-risk/close-follow-up';
import { sweepFollowUps } from '@/lib/at-risk/follow-up-sweep';
import { logFollowUp } from '@/lib/at-risk/log-follow-up';
import { setValueBand } from '@/lib/at-risk/set-value-band';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { complaintScene, type Lists, member, staffer } from '../complaint-fixtures';
import { breached, key, noticesOf, open, refresh, riskOf, veteran } from './fixtures';

let lists: Lists;
let laura: Actor;
let jorge: Actor;
let marta: Actor;
beforeAll(async () => {
  ({ lists, laura } = await complaintScene());
  jorge = await staffer('Jorge', 'Sección de fútbol');
  marta = await staffer('Marta', 'Directora', 'manager');
});

const rowsOf = (memberId: string) => getDb().select().from(followUps).where(eq(followUps.memberId, memberId));
const eventsOf = (id: string) => getDb().select().from(followUpEvents).where(eq(followUpEvents.followUpId, id)).orderBy(followUpEvents.id);
const auditOf = async (memberId: string) => (await getDb().select().from(auditLog).where(eq(auditLog.targetId, memberId))).map((a) => a.action);

/** A member at risk with a rejected solution behind them, so that closing the follow-up can settle it. */
async function atRisk(a: Actor = laura) {
  const pilar = await veteran();
  await breached(pilar, lists);
  await refresh(pilar);
  const f = await open(a, pilar.id, laura.id);
  return { pilar, f };
}

describe('the lifecycle', () => {
  it('opens (the assignee told), logs a call (the first contact), closes "stayed"; audited at each step', async () => {
    const pilar = await veteran();
    await breached(pilar, lists);
    await refresh(pilar);
    const f = await open(marta, pilar.id, laura.id, { note: 'Llamar por la tarde' });
    expect(f).toMatchObject({ assigneeId: laura.id, channel: 'call', closedAt: null, firstContactAt: null });
    expect((await noticesOf(laura.id, 'follow_up_assigned')).filter((n) => n.actorId === pilar.id)).toHaveLength(1);
    await logFollowUp({ actor: laura, input: { followUpId: f.id, channel: 'call', note: 'Hablamos 20 minutos; le explicamos el arreglo.', idempotencyKey: key() } });
    const [afterLog] = await rowsOf(pilar.id);
    expect(afterLog!.firstContactAt).not.toBeNull();
    await closeFollowUp({ actor: laura, input: { followUpId: f.id, outcome: 'stayed', idempotencyKey: key() } });
    const [closed] = await rowsOf(pilar.id);
    expect(closed).toMatchObject({ outcome: 'stayed' });
    expect((await eventsOf(f.id)).map((e) => e.kind)).toEqual(['opened', 'logged', 'closed']);
    expect(await auditOf(pilar.id)).toEqual(['follow_up.open', 'follow_up.log', 'follow_up.close']);
    // The breach is settled by the call; the complaint still waiting for an answer is not.
    expect(await riskOf(pilar.id)).toMatchObject({ level: 'watch', signals: ['waiting_past_sla'] });
  });

  it('a double submit opens one follow-up; a second open one for the same member is a conflict', async () => {
    const pilar = await veteran();
    await breached(pilar, lists);
    const idempotencyKey = key();
    const [a, b] = await Promise.all([open(laura, pilar.id, laura.id, { idempotencyKey }), open(laura, pilar.id, laura.id, { idempotencyKey })]);
    expect(a.id).toBe(b.id);
    await expect(open(laura, pilar.id, jorge.id)).rejects.toBeInstanceOf(Conflict);
    expect(await rowsOf(pilar.id)).toHaveLength(1);
  });

  it('a private message needs one of the member\'s own complaints', async () => {
    const ana = await member('Ana');
    const c = await breached(ana, lists);
    const e = await open(laura, ana.id, laura.id, { channel: 'private_message' }).catch((x: unknown) => x);
    expect((e as Invalid).fieldErrors).toEqual({ complaintId: ['atRisk.errors.complaintNeeded'] });
    expect((await open(laura, ana.id, laura.id, { channel: 'private_message', complaintId: c.id })).complaintId).toBe(c.id);
  });

  it('past its due date, it escalates once to the assignee and the managers', async () => {
    const { pilar, f } = await atRisk();
    const later = new Date(f.dueAt.getTime() + 60_000);
    expect(await sweepFollowUps(later)).toBeGreaterThanOrEqual(1);
    expect(await sweepFollowUps(later)).toBe(0);
    const [row] = await rowsOf(pilar.id);
    expect(row!.breachedAt).toEqual(later);
    for (const who of [laura, marta]) expect((await noticesOf(who.id, 'follow_up_breached')).filter((n) => n.actorId === pilar.id)).toHaveLength(1);
    expect((await noticesOf(jorge.id, 'follow_up_breached')).filter((n) => n.actorId === pilar.id)).toHaveLength(0);
  });
});

describe('bad input', () => {
  it('a member opening a follow-up is refused (403) and nothing is written', async () => {
    const pilar = await veteran();
    await breached(pilar, lists);
    const ana = await member('Ana');
    await expect(open(ana, pilar.id, laura.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await rowsOf(pilar.id)).toHaveLength(0);
  });

  it('staff closing a follow-up assigned to someone else are refused; a manager may', async () => {
    const { pilar, f } = await atRisk();
    const e = await closeFollowUp({ actor: jorge, input: { followUpId: f.id, outcome: 'stayed', idempotencyKey: key() } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Forbidden);
    expect((e as Forbidden).message).toBe('atRisk.errors.notYours');
    expect((await rowsOf(pilar.id))[0]!.closedAt).toBeNull();
    await closeFollowUp({ actor: marta, input: { followUpId: f.id, outcome: 'no_contact', idempotencyKey: key() } });
    expect((await rowsOf(pilar.id))[0]!.outcome).toBe('no_contact');
  });

  it('a due date in the past is refused next to its field', async () => {
    const pilar = await veteran();
    const e = await open(laura, pilar.id, laura.id, { dueAt: '2020-01-01' }).catch((x: unknown) => x);
    expect((e as Invalid).fieldErrors).toEqual({ dueAt: ['atRisk.errors.dueInPast'] });
    expect(await rowsOf(pilar.id)).toHaveLength(0);
  });

  it('a follow-up for a staff account, or assigned to a member, is refused', async () => {
    const pilar = await veteran();
    await expect(open(laura, jorge.id, laura.id)).rejects.toMatchObject({ message: 'atRisk.errors.notMember' });
    const e = await open(laura, pilar.id, (await member('Ana')).id).catch((x: unknown) => x);
    expect((e as Invalid).fieldErrors).toEqual({ assigneeId: ['atRisk.errors.assignee'] });
  });

  it('an erased account gets no follow-up and no value band (404), and nothing is written', async () => {
    const gone = await member('Socio anónimo 7');
    await getDb().update(users).set({ erasedAt: new Date() }).where(eq(users.id, gone.id));
    await expect(open(laura, gone.id, laura.id)).rejects.toBeInstanceOf(NotFound);
    await expect(setValueBand({ actor: marta, input: { userId: gone.id, band: 'family' } })).rejects.toBeInstanceOf(NotFound);
    expect(await rowsOf(gone.id)).toEqual([]);
    expect(await auditOf(gone.id)).toEqual([]);
  });

  it('a value band is the manager\'s, for members only', async () => {
    const pilar = await veteran();
    await setValueBand({ actor: marta, input: { userId: pilar.id, band: 'family' } });
    const band = async (id: string) => (await getDb().select({ b: users.valueBand }).from(users).where(eq(users.id, id)))[0]!.b;
    expect(await band(pilar.id)).toBe('family');
    expect(await auditOf(pilar.id)).toEqual(['member.value_band']);
    await expect(setValueBand({ actor: marta, input: { userId: jorge.id, band: 'premium' } })).rejects.toMatchObject({ message: 'atRisk.errors.notMember' });
    expect(await band(jorge.id)).toBeNull();
    await expect(setValueBand({ actor: laura, input: { userId: pilar.id, band: 'premium' } })).rejects.toBeInstanceOf(Forbidden);
    expect(await band(pilar.id)).toBe('family');
  });
});
