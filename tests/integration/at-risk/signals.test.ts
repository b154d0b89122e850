// Signals appear and clear through the real verbs, on the real database; the manager is told at once
// when a member of ten years or more reaches "high".
import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '@/db/client';
import { listAtRisk, memberRiskRecord } from '@/lib/at-risk/queries';
import { Forbidden, NotFound } from '@/lib/errors';
import { listNotifications } from '@/lib/notifications/queries';
import type { Actor } from '@/lib/policy';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import { complaintScene, decide, fileOne, key, type Lists, member, say, staffer } from '../complaint-fixtures';
import { breached, changesOf, mailFor, noticesOf, rate, refresh, riskOf, veteran } from './fixtures';

let lists: Lists;
let laura: Actor;
let marta: Actor;
beforeAll(async () => {
  ({ lists, laura } = await complaintScene());
  marta = await staffer('Marta', 'Directora', 'manager');
});

describe('signals through the verbs', () => {
  it('a complaint waiting past its SLA puts its author on watch, and the answer clears it', async () => {
    const ana = await member('Ana');
    const c = await breached(ana, lists);
    await refresh(ana);
    expect(await riskOf(ana.id)).toMatchObject({ level: 'watch', signals: ['waiting_past_sla'] });
    await say(laura, c.id, 'official_reply');
    await refresh(ana);
    expect((await riskOf(ana.id)).level).toBe('none');
    expect((await changesOf(ana.id)).map((ch) => [ch.fromLevel, ch.toLevel])).toEqual([
      ['none', 'watch'],
      ['watch', 'none'],
    ]);
  });

  it('a breach for a member of nineteen years is high, and every manager is told in the app and by e-mail', async () => {
    const pilar = await veteran();
    await breached(pilar, lists);
    await refresh(pilar);
    expect(await riskOf(pilar.id)).toMatchObject({ level: 'high', signals: ['long_tenure_breach', 'waiting_past_sla'] });
    const [alert] = (await noticesOf(marta.id, 'at_risk_high')).filter((n) => n.actorId === pilar.id);
    expect(alert).toBeDefined();
    expect(await mailFor(alert!.id)).toHaveLength(1);
    // Once per time the member reaches high, not once per sweep.
    await refresh(pilar);
    expect((await noticesOf(marta.id, 'at_risk_high')).filter((n) => n.actorId === pilar.id)).toHaveLength(1);
    // Managers only: staff are not sent the alert, and the bell shows it with a link to the list.
    expect((await noticesOf(laura.id, 'at_risk_high')).filter((n) => n.actorId === pilar.id)).toHaveLength(0);
    const { items } = await listNotifications(marta);
    expect(items.find((i) => i.kind === 'at_risk_high')?.href).toBe(`/staff/at-risk#member-${pilar.id}`);
  });

  it('a rejected solution is watch until a later solution is accepted', async () => {
    const ana = await member('Ana');
    const c = await fileOne(ana, lists);
    await say(laura, c.id, 'propose_solution');
    await decide(ana, c.id, 'reject_solution', 'Sigue igual.');
    await refresh(ana);
    expect(await riskOf(ana.id)).toMatchObject({ level: 'watch', signals: ['solution_rejected'] });
    await say(laura, c.id, 'propose_solution');
    await decide(ana, c.id, 'accept_solution');
    await refresh(ana);
    expect((await riskOf(ana.id)).level).toBe('none');
  });

  it('a rating of 1 with "would stay = no" is high with both reasons', async () => {
    const ana = await member('Ana');
    const c = await fileOne(ana, lists);
    await say(laura, c.id, 'propose_solution');
    await decide(ana, c.id, 'accept_solution');
    await rate(ana, c.id, 1, false);
    await refresh(ana);
    expect(await riskOf(ana.id)).toMatchObject({ level: 'high', signals: ['would_not_stay', 'low_rating'] });
  });

  it('a complaint closed for no response, and a second complaint within 90 days, are each a watch', async () => {
    const ana = await member('Ana');
    const c = await fileOne(ana, lists);
    await setComplaintStatus({ actor: laura, input: { action: 'close', complaintId: c.id, reason: 'no_response', idempotencyKey: key() } });
    await refresh(ana);
    expect(await riskOf(ana.id)).toMatchObject({ level: 'watch', signals: ['closed_no_response'] });
    await fileOne(ana, lists, { title: 'La máquina de café del bar no funciona' });
    await refresh(ana);
    expect((await riskOf(ana.id)).signals.sort()).toEqual(['closed_no_response', 'repeated_complaints']);
  });

  it('60 days without a visit after a complaint is high, seen by the sweep with time alone', async () => {
    const ana = await member('Ana');
    await fileOne(ana, lists);
    await refresh(ana);
    expect((await riskOf(ana.id)).level).toBe('none');
    await refresh(ana, new Date(Date.now() + 61 * 86_400_000));
    expect((await riskOf(ana.id)).signals).toContain('silent_after_complaint');
  });
});

describe('who sees it', () => {
  it('staff and managers list members at risk; a member is refused', async () => {
    const ana = await member('Ana');
    await breached(ana, lists);
    await refresh(ana);
    const rows = await listAtRisk(laura, {});
    const row = rows.find((r) => r.memberId === ana.id);
    expect(row).toMatchObject({ level: 'watch', complaints: [expect.objectContaining({ title: 'Las duchas del vestuario no calientan' })] });
    expect(rows.findIndex((r) => r.level === 'high')).toBeLessThan(rows.findIndex((r) => r.level === 'watch'));
    await expect(listAtRisk(ana, {})).rejects.toBeInstanceOf(Forbidden);
  });

  it('filters by branch, category and staff member', async () => {
    const ana = await member('Ana');
    await breached(ana, lists);
    await refresh(ana);
    const ids = async (f: Parameters<typeof listAtRisk>[1]) => (await listAtRisk(marta, f)).map((r) => r.memberId);
    expect(await ids({ branch: lists.branchId })).toContain(ana.id);
    expect(await ids({ category: lists.categoryId })).toContain(ana.id);
    expect(await ids({ branch: '00000000-0000-4000-8000-000000000000' })).not.toContain(ana.id);
    expect(await ids({ staff: laura.id })).not.toContain(ana.id);
  });

  it('the list is three statements however many members are at risk', async () => {
    const small = await countQueries(() => listAtRisk(marta, {}));
    for (const name of ['Bea', 'Carla', 'Dani']) {
      const m = await member(name);
      await breached(m, lists);
      await refresh(m);
    }
    const big = await countQueries(() => listAtRisk(marta, {}));
    expect(big.queries).toBe(small.queries);
    expect(big.queries).toBeLessThanOrEqual(3);
  });

  it("the member's own record (for the data export) is theirs and staff's; another member gets a 404", async () => {
    const ana = await member('Ana');
    await breached(ana, lists);
    await refresh(ana);
    expect(await memberRiskRecord(ana, ana.id)).toMatchObject({ level: 'watch', reasons: [expect.objectContaining({ signal: 'waiting_past_sla' })], followUps: [] });
    expect((await memberRiskRecord(laura, ana.id)).level).toBe('watch');
    await expect(memberRiskRecord(await member('Otra'), ana.id)).rejects.toBeInstanceOf(NotFound);
  });
});
