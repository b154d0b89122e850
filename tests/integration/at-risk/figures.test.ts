// The dashboard's members-at-risk figures against values worked out by hand, on one database of
// their own (each test file has its own), with clocks set so every interval is exact.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { complaintRatings, followUps } from '@/db/schema';
import { atRiskFigures } from '@/lib/at-risk/figures';
import { closeFollowUp } from '@/lib/at-risk/close-follow-up';
import { logFollowUp } from '@/lib/at-risk/log-follow-up';
import { Forbidden } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { complaintScene, decide, type Lists, say, staffer } from '../complaint-fixtures';
import { breached, key, open, rate, refresh, veteran } from './fixtures';

let lists: Lists;
let laura: Actor;
let jorge: Actor;
let marta: Actor;
const HOUR = 3_600_000;
const window = () => ({ from: new Date(Date.now() - 30 * 86_400_000), to: new Date(Date.now() + HOUR) });

/**
 * One member at risk followed up by `who`, first contacted `contactHours` after the signal (or never),
 * closed with `outcome`; a survey answer before the follow-up ("would stay" = `before`) and, when
 * given, one after it.
 */
async function followedUp(who: Actor, outcome: 'stayed' | 'left' | 'no_contact', contactHours: number | null, before: boolean, after?: boolean) {
  const m = await veteran();
  const c = await breached(m, lists);
  await say(laura, c.id, 'propose_solution');
  await decide(m, c.id, 'accept_solution');
  await rate(m, c.id, 2, before);
  await getDb().update(complaintRatings).set({ createdAt: new Date(Date.now() - 2 * HOUR) }).where(eq(complaintRatings.complaintId, c.id));
  await refresh(m);
  const f = await open(who, m.id, who.id);
  const signalAt = new Date(Date.now() - 10 * HOUR);
  await getDb().update(followUps).set({ signalAt }).where(eq(followUps.id, f.id));
  if (contactHours !== null) {
    await logFollowUp({ actor: who, input: { followUpId: f.id, channel: 'call', note: 'Llamada.', idempotencyKey: key() } });
    await getDb().update(followUps).set({ firstContactAt: new Date(signalAt.getTime() + contactHours * HOUR) }).where(eq(followUps.id, f.id));
  }
  if (after !== undefined) {
    const c2 = await breached(m, lists);
    await say(laura, c2.id, 'propose_solution');
    await decide(m, c2.id, 'accept_solution');
    await rate(m, c2.id, 5, after);
  }
  await closeFollowUp({ actor: who, input: { followUpId: f.id, outcome, idempotencyKey: key() } });
  return m;
}

beforeAll(async () => {
  ({ lists, laura } = await complaintScene());
  jorge = await staffer('Jorge', 'Sección de fútbol');
  marta = await staffer('Marta', 'Directora', 'manager');
  // Laura: stayed (contact after 2 h, would stay no → yes), left (contact after 6 h, no → —).
  await followedUp(laura, 'stayed', 2, false, true);
  await followedUp(laura, 'left', 6, false);
  // Jorge: stayed (contact after 4 h, yes → —), no contact at all (no → —).
  await followedUp(jorge, 'stayed', 4, true);
  await followedUp(jorge, 'no_contact', null, false);
});

describe('members at risk on the dashboard', () => {
  it('win-back rate, signal to first contact and "would stay" before and after, overall and by staff member', async () => {
    const f = await atRiskFigures(marta, window());
    // 2 stayed of 4 closed; contacts after 2, 4, 6 h → median 4 h.
    expect(f.total).toMatchObject({ closed: 4, stayed: 2, winBackRate: 0.5, contacted: 3, firstContactMedianSeconds: 4 * 3600 });
    // Before: no, no, yes, no → 1 of 4. After: one answer, yes.
    expect(f.total.before).toEqual({ answers: 4, wouldStay: 1, rate: 0.25 });
    expect(f.total.after).toEqual({ answers: 1, wouldStay: 1, rate: 1 });
    const byName = Object.fromEntries(f.byStaff.map((r) => [r.name, r]));
    expect(byName.Laura).toMatchObject({ closed: 2, stayed: 1, winBackRate: 0.5, firstContactMedianSeconds: 4 * 3600 });
    expect(byName.Jorge).toMatchObject({ closed: 2, stayed: 1, winBackRate: 0.5, contacted: 1, firstContactMedianSeconds: 4 * 3600 });
    expect(f.byBranch).toHaveLength(1);
    expect(f.byBranch[0]).toMatchObject({ id: lists.branchId, closed: 4 });
  });

  it('at risk now, and over time from the risk changes', async () => {
    const f = await atRiskFigures(marta, window());
    // Closing "stayed", "left" settles what came before; only the member never reached is still high.
    expect(f.now).toEqual({ watch: 0, high: 1 });
    expect(f.overTime.at(-1)!.atRisk).toBe(1);
    expect(f.overTime[0]!.atRisk).toBe(0);
    expect(f.overTime).toHaveLength(12);
  });

  it('is four statements, and managers only', async () => {
    expect((await countQueries(() => atRiskFigures(marta, window()))).queries).toBe(4);
    await expect(atRiskFigures(laura, window())).rejects.toBeInstanceOf(Forbidden);
  });
});
