import { describe, expect, it } from 'vitest';
import { boardFilters, listBoard } from '@/lib/complaints/board';
import { getComplaintView } from '@/lib/complaints/queries';
import { complaintRow, complaintScene, decide, freshComplaint, say } from '../complaint-fixtures';

/** What the complaint page and its board card both say about who has the ball. */
async function lines(viewer: Parameters<typeof getComplaintView>[0], number: number) {
  const view = await getComplaintView(viewer, number, false);
  const card = (await listBoard(viewer, boardFilters.parse({}))).cards.find((c) => c.number === number);
  expect(card?.waiting).toEqual(view?.waiting);
  return view!.waiting;
}

describe('the waiting line', () => {
  it('follows the SLA clock: the club until it answers and then for an update, the member for a confirmation, nobody once resolved', async () => {
    const { lists, laura } = await complaintScene();
    const { author, id, number } = await freshComplaint(lists);
    const filed = await complaintRow(id);
    expect(await lines(author, number)).toEqual({ party: 'club', owed: 'first_response', since: filed.createdAt });

    // Answered ("Respondida"): the club still owes a solution or an update, counted from its reply.
    await say(laura, id, 'official_reply');
    const answered = await complaintRow(id);
    expect(answered.status).toBe('acknowledged');
    expect(await lines(author, number)).toEqual({ party: 'club', owed: 'update', since: answered.lastStaffUpdateAt });
    expect(answered.lastStaffUpdateAt!.getTime()).toBeGreaterThan(filed.createdAt.getTime());

    await say(laura, id, 'propose_solution', 'Hemos cambiado la válvula de la caldera. ¿Nos confirmas que ya sale caliente?');
    const proposed = await complaintRow(id);
    expect(await lines(author, number)).toEqual({ party: 'member', since: proposed.solutionProposedAt });

    await decide(author, id, 'accept_solution');
    const resolved = await complaintRow(id);
    expect(await lines(author, number)).toEqual({ party: 'nobody', ended: 'resolved', took: resolved.resolvedAt!.getTime() - resolved.createdAt.getTime() });
  });
});
