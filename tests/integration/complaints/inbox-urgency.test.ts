import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { assignComplaint, type AssignInput } from '@/lib/complaints/assign';
import { inboxFilters, listInbox } from '@/lib/complaints/inbox';
import { Forbidden } from '@/lib/errors';
import { complaintScene, decide, freshComplaint, type Lists, minutesFrom, setComplaint, staffer } from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

const assign = (actor: Actor, input: AssignInput) => assignComplaint({ actor, input });

describe('the staff inbox', () => {
  it('lists live complaints by the most urgent clock, with filters, for staff only', async () => {
    const now = new Date();
    const late = await fresh();
    const soon = await fresh();
    const later = await fresh();
    const done = await fresh();
    await setComplaint(late.id, { nextDueAt: minutesFrom(now, -60) });
    await setComplaint(soon.id, { nextDueAt: minutesFrom(now, 30) });
    await setComplaint(later.id, { nextDueAt: minutesFrom(now, 3000) });
    await decide(done.author, done.id, 'withdraw');
    const paco = await staffer('Paco', 'Mantenimiento');
    await assign(laura, { complaintId: soon.id, assigneeId: paco.id });

    const ours = [late.id, soon.id, later.id, done.id];
    const list = async (actor: Actor, raw: Record<string, string> = {}) =>
      (await listInbox(actor, inboxFilters.parse(raw), now)).rows.map((r) => r.id).filter((id) => ours.includes(id));
    expect(await list(laura)).toEqual([late.id, soon.id, later.id]);
    expect(await list(laura, { breached: '1' })).toEqual([late.id]);
    expect(await list(paco, { assigned: 'mine' })).toEqual([soon.id]);
    expect(await list(laura, { assigned: 'unassigned' })).toEqual([late.id, later.id]);
    await expect(listInbox(late.author, inboxFilters.parse({}), now)).rejects.toBeInstanceOf(Forbidden);
    // Everything in the inbox is live.
    const all = await getDb().select({ id: complaints.id, status: complaints.status }).from(complaints);
    const listed = new Set((await listInbox(laura, inboxFilters.parse({}), now)).rows.map((r) => r.id));
    for (const c of all) if (listed.has(c.id)) expect(['resolved', 'closed']).not.toContain(c.status);
  });
});
