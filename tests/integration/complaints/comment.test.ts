import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/policy';
import { commentOnComplaint, type CommentInput } from '@/lib/complaints/comment';
import { Forbidden, Invalid } from '@/lib/errors';
import { complaintScene, complaintRow, decide, eventsOf, expectRefused, freshComplaint, key, type Lists, member } from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

const comment = (actor: Actor, complaintId: string, body: string, extra: Partial<CommentInput> = {}) =>
  commentOnComplaint({ actor, input: { complaintId, body, idempotencyKey: key(), ...extra } });

describe('comments', () => {
  it('counts public comments from anyone while the complaint is live', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    await comment(bea, id, 'A mí también me pasó ayer.');
    await comment(author, id, 'Hoy sigue igual.');
    await comment(laura, id, 'Gracias por avisar.');
    const events = (await eventsOf(id)).filter((e) => e.kind === 'comment');
    expect(events.map((e) => [e.actorId, e.visibility, e.toStatus])).toEqual([
      [bea.id, 'public', null],
      [author.id, 'public', null],
      [laura.id, 'public', null],
    ]);
    const row = await complaintRow(id);
    expect(row).toMatchObject({ commentCount: 3, status: 'open', firstResponseAt: null });
  });

  it('writes one comment for a double submit', async () => {
    const { id } = await fresh();
    const bea = await member('Bea');
    const input = { complaintId: id, body: 'Lo mismo en el turno de tarde.', idempotencyKey: key() };
    await commentOnComplaint({ actor: bea, input });
    await commentOnComplaint({ actor: bea, input });
    expect((await eventsOf(id)).filter((e) => e.kind === 'comment')).toHaveLength(1);
    expect((await complaintRow(id)).commentCount).toBe(1);
  });

  it("offers someone else's commenter only to remove personal data, never a private case", async () => {
    const { id } = await fresh();
    const bea = await member('Bea');
    const body = 'Mi teléfono es +34 628 101 218 por si necesitáis algo.';
    const asked = await expectRefused(id, () => comment(bea, id, body), Invalid);
    expect(asked.details).toMatchObject({ pii: [{ field: 'body', kind: 'phone', masked: '+•• ••• ••• •18' }], privateCaseAvailable: false });
    await expectRefused(id, () => comment(bea, id, body, { piiDecision: 'keep_private' }), Invalid);
    await comment(bea, id, body, { piiDecision: 'remove' });
    const events = await eventsOf(id);
    expect(events.at(-1)).toMatchObject({ kind: 'comment', bodyMd: 'Mi teléfono es […] por si necesitáis algo.' });
    expect(events.map((e) => e.kind)).not.toContain('private_message');
    expect((await complaintRow(id)).commentCount).toBe(1);
  });

  it("keeps the author's data in the private case when they ask, and says so once in public", async () => {
    const { id, author } = await fresh();
    await comment(author, id, 'Mi correo es ana.garcia@gmail.com para lo que haga falta.', { piiDecision: 'keep_private' });
    await comment(author, id, 'Y mi DNI 12345678Z por si lo pedís.', { piiDecision: 'keep_private' });
    const events = await eventsOf(id);
    expect(events.map((e) => [e.kind, e.visibility])).toEqual([
      ['created', 'public'],
      ['comment', 'public'],
      ['private_message', 'private'],
      ['continued_privately', 'public'],
      ['comment', 'public'],
      ['private_message', 'private'],
    ]);
    expect(events[1]!.bodyMd).toBe('Mi correo es a•••@•••.com para lo que haga falta.');
    expect(events[2]!.bodyMd).toContain('ana.garcia@gmail.com');
    expect(await complaintRow(id)).toMatchObject({ commentCount: 2, continuedPrivately: true });
  });

  it('refuses comments on a finished complaint', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    await decide(author, id, 'withdraw');
    await expectRefused(id, () => comment(bea, id, 'Llego tarde.'), Forbidden, 'complaints.errors.finished');
    await expectRefused(id, () => comment(author, id, 'Me arrepiento.'), Forbidden, 'complaints.errors.finished');
  });
});
