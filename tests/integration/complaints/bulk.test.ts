import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/policy';
import { bulkUpdateComplaints } from '@/lib/complaints/bulk';
import { Conflict, Forbidden, Invalid } from '@/lib/errors';
import {
  complaintScene,
  complaintRow,
  decide,
  eventsOf,
  expectRefused,
  fileOne,
  freshComplaint,
  type Lists,
  say,
  staffer,
} from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

describe('bulk actions', () => {
  it('applies one action to every selected complaint', async () => {
    const a = await fresh();
    const b = await fresh();
    const c = await fresh();
    const ids = [a.id, b.id, c.id];
    const paco = await staffer('Paco', 'Mantenimiento');
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'assign', complaintIds: ids, assigneeId: paco.id } })).toEqual({ changed: 3 });
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'priority', complaintIds: ids, priority: 'high' } })).toEqual({ changed: 3 });
    await say(laura, a.id, 'progress_update', 'Ya en ello.');
    // One already in progress is what was asked for: not an error.
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'start_progress', complaintIds: ids } })).toEqual({ changed: 2 });
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: ids, reason: 'no_response' } })).toEqual({ changed: 3 });
    for (const id of ids) {
      expect(await complaintRow(id)).toMatchObject({ assigneeId: paco.id, priority: 'high', status: 'closed', closeReason: 'no_response' });
    }
    expect((await eventsOf(b.id)).filter((e) => e.toStatus).map((e) => e.toStatus)).toEqual(['open', 'in_progress', 'closed']);
  });

  it('changes none of them when one cannot take the action', async () => {
    const a = await fresh();
    const b = await fresh();
    const closed = await fresh();
    await decide(closed.author, closed.id, 'withdraw');
    const proposed = await fresh();
    await say(laura, proposed.id, 'propose_solution', 'Solucionado.');
    await expectRefused([a.id, b.id, closed.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: [a.id, b.id, closed.id], reason: 'not_actionable' } }), Conflict);
    await expectRefused([a.id, b.id, proposed.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'start_progress', complaintIds: [a.id, proposed.id, b.id] } }), Conflict);
    // A complaint of her own: she may not answer for the company on it.
    const own = await fileOne(laura, lists);
    await expectRefused([a.id, b.id, own.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: [a.id, own.id, b.id], reason: 'no_response' } }), Forbidden);
    await expectRefused([a.id, b.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'assign', complaintIds: [a.id, b.id], assigneeId: a.author.id } }), Invalid);
    await expectRefused([a.id, b.id], () => bulkUpdateComplaints({ actor: a.author, input: { action: 'priority', complaintIds: [a.id, b.id], priority: 'low' } }), Forbidden);
    await expectRefused([a.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: [], reason: 'no_response' } }), Invalid);
  });
});
