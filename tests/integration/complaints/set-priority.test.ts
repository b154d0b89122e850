import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { slaPolicies } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { getComplaintView } from '@/lib/complaints/queries';
import { setComplaintPriority } from '@/lib/complaints/set-priority';
import { Forbidden, Invalid } from '@/lib/errors';
import {
  complaintScene,
  complaintRow,
  eventsOf,
  expectRefused,
  freshComplaint,
  type Lists,
  minutesFrom,
  say,
} from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

describe('priority', () => {
  it("re-reads the whole SLA clock from the new priority's policy", async () => {
    // The manager's own numbers, not the defaults.
    await getDb().update(slaPolicies).set({ firstResponseMinutes: 30, updateMinutes: 120, resolutionMinutes: 600 }).where(eq(slaPolicies.priority, 'urgent'));
    const { id, number, author } = await fresh();
    await setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'urgent' } });
    let row = await complaintRow(id);
    expect(row.priority).toBe('urgent');
    expect(row.nextDueAt).toEqual(minutesFrom(row.createdAt, 30));
    expect(row.resolutionDueAt).toEqual(minutesFrom(row.createdAt, 600));
    expect((await eventsOf(id)).at(-1)).toMatchObject({ kind: 'priority_changed', visibility: 'internal', data: { from: 'normal', to: 'urgent' } });

    // Once answered, the next due time counts from the last word, at the new priority's interval.
    await say(laura, id, 'official_reply');
    await setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'low' } });
    row = await complaintRow(id);
    expect(row.nextDueAt).toEqual(minutesFrom(row.lastStaffUpdateAt!, 10080));
    expect(row.resolutionDueAt).toEqual(minutesFrom(row.createdAt, 43200));

    const events = (await eventsOf(id)).length;
    await setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'low' } });
    expect((await eventsOf(id)).length).toBe(events);
    await expectRefused(id, () => setComplaintPriority({ actor: author, input: { complaintId: id, priority: 'urgent' } }), Forbidden);
    await expectRefused(id, () => setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'critical' as never } }), Invalid);
    expect((await getComplaintView(laura, number, false))!.staff!.priority).toBe('low');
    expect((await getComplaintView(author, number, false))!.timeline.map((e) => e.kind)).not.toContain('priority_changed');
  });
});
