import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { complaintEvents, complaints } from '@/db/schema';
import { decideAsAuthor } from '@/lib/complaints/author-decision';
import { listBoard } from '@/lib/complaints/board';
import { getComplaintView } from '@/lib/complaints/queries';
import { rateComplaint } from '@/lib/complaints/rate';
import { respondToComplaint } from '@/lib/complaints/respond';
import { actorOf, createUser } from '../factories';
import { complaintLists, fileOne, key } from '../complaint-fixtures';

describe('complaint journey', () => {
  it('files, answers, proposes, accepts and rates, with one event per step', async () => {
    const lists = await complaintLists();
    const ana = actorOf(await createUser('member', { displayName: 'Ana' }));
    const laura = actorOf(await createUser('staff', { displayName: 'Laura', staffTitle: 'Atención al socio' }));
    const { id, number } = await fileOne(ana, lists);
    await respondToComplaint({ actor: laura, input: { complaintId: id, statement: 'official_reply', body: 'Lo sentimos, Ana. Lo revisamos hoy.', idempotencyKey: key() } });
    await respondToComplaint({ actor: laura, input: { complaintId: id, statement: 'propose_solution', body: 'Cambiamos la caldera.', idempotencyKey: key() } });
    await decideAsAuthor({ actor: ana, input: { complaintId: id, decision: 'accept_solution', idempotencyKey: key() } });
    await rateComplaint({ actor: ana, input: { complaintId: id, solved: true, rating: 5, wouldStay: true } });
    const [row] = await getDb().select().from(complaints).where(eq(complaints.id, id));
    expect(row).toMatchObject({ status: 'resolved', followerCount: 1 });
    const kinds = (await getDb().select().from(complaintEvents).where(eq(complaintEvents.complaintId, id)).orderBy(complaintEvents.id)).map((e) => [e.kind, e.toStatus]);
    expect(kinds).toEqual([
      ['created', 'open'],
      ['official_reply', 'acknowledged'],
      ['solution_proposed', 'solution_proposed'],
      ['solution_accepted', 'resolved'],
      ['rated', null],
    ]);
    const view = await getComplaintView(ana, number, false);
    expect(view?.timeline.find((e) => e.kind === 'official_reply')?.actor).toMatchObject({ name: 'Laura', title: 'Atención al socio' });
    const board = await listBoard(ana, { sort: 'newest' });
    expect(board.cards.map((c) => c.number)).toContain(number);
  });
});
