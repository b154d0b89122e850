import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/policy';
import { addInternalNote } from '@/lib/complaints/note';
import { getComplaintView } from '@/lib/complaints/queries';
import { Forbidden } from '@/lib/errors';
import {
  complaintScene,
  eventsOf,
  expectRefused,
  freshComplaint,
  key,
  type Lists,
  member,
  settings,
  staffer,
} from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

describe('internal notes', () => {
  it('are shown to staff only, never to the author, other members or visitors', async () => {
    const { id, number, author } = await fresh();
    await addInternalNote({ actor: laura, input: { complaintId: id, body: 'Ojo: este socio ya reclamó lo mismo en marzo.', idempotencyKey: key() } });
    const note = (await eventsOf(id)).at(-1)!;
    expect(note).toMatchObject({ kind: 'note', visibility: 'internal', actorId: laura.id });
    await settings({ boardPublic: true });
    try {
      for (const viewer of [author, await member('Bea'), null]) {
        const view = await getComplaintView(viewer, number, true);
        expect(view!.timeline.map((e) => e.kind)).toEqual(['created']);
        expect(JSON.stringify(view)).not.toContain('marzo');
        expect(view!.staff).toBeNull();
      }
    } finally {
      await settings({ boardPublic: false });
    }
    const staffView = await getComplaintView(await staffer('Marta', 'Directora', 'manager'), number, false);
    expect(staffView!.timeline.map((e) => e.kind)).toEqual(['created', 'note']);
    expect(staffView!.timeline[1]!.bodyHtml).toContain('marzo');
  });

  it('are refused to members, even the author', async () => {
    const { id, author } = await fresh();
    await expectRefused(id, () => addInternalNote({ actor: author, input: { complaintId: id, body: 'Nota', idempotencyKey: key() } }), Forbidden);
  });
});
