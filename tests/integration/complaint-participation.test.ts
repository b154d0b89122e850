import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { staffTeamMembers, staffTeams } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { assignComplaint } from '@/lib/complaints/assign';
import { commentOnComplaint, type CommentInput } from '@/lib/complaints/comment';
import { setFollow } from '@/lib/complaints/follow';
import { setMeToo } from '@/lib/complaints/me-too';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { getComplaintView } from '@/lib/complaints/queries';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import { Forbidden, Invalid } from '@/lib/errors';
import {
  complaintScene,
  complaintRow,
  decide,
  eventsOf,
  expectRefused,
  freshComplaint,
  key,
  type Lists,
  member,
  noticeKinds,
  noticesFor,
  say,
  staffer,
} from './complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

const comment = (actor: Actor, complaintId: string, body: string, extra: Partial<CommentInput> = {}) =>
  commentOnComplaint({ actor, input: { complaintId, body, idempotencyKey: key(), ...extra } });
const meToo = (actor: Actor, complaintId: string, on = true) => setMeToo({ actor, input: { complaintId, on } });
const follow = (actor: Actor, complaintId: string, on = true) => setFollow({ actor, input: { complaintId, on } });

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

describe('me too and following', () => {
  it('adds weight once per member, never from the author, follows, and can be taken back', async () => {
    const { id, number, author } = await fresh();
    const bea = await member('Bea');
    await expectRefused(id, () => meToo(author, id), Forbidden, 'complaints.errors.meTooOwn');

    await meToo(bea, id);
    await meToo(bea, id);
    expect(await complaintRow(id)).toMatchObject({ meTooCount: 1, followerCount: 2 });
    expect((await eventsOf(id)).filter((e) => e.kind === 'me_too').map((e) => e.actorId)).toEqual([bea.id]);
    expect((await getComplaintView(bea, number, false))!.viewer).toMatchObject({ meToo: true, following: true });

    await meToo(bea, id, false);
    await meToo(bea, id, false);
    // Taking it back lowers the weight; following is a separate choice and stays.
    expect(await complaintRow(id)).toMatchObject({ meTooCount: 0, followerCount: 2 });
    expect((await getComplaintView(bea, number, false))!.viewer).toMatchObject({ meToo: false, following: true });

    // Someone already following adds weight without being counted twice as a follower.
    const carla = await member('Carla');
    await follow(carla, id);
    await meToo(carla, id);
    expect(await complaintRow(id)).toMatchObject({ meTooCount: 1, followerCount: 3 });
  });

  it('refuses me too on a finished complaint', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    await decide(author, id, 'withdraw');
    await expectRefused(id, () => meToo(bea, id), Forbidden, 'complaints.errors.finished');
  });

  it('follows and unfollows without timeline entries, counting each person once', async () => {
    const { id, number, author } = await fresh();
    const bea = await member('Bea');
    await follow(bea, id);
    await follow(bea, id);
    expect((await complaintRow(id)).followerCount).toBe(2);
    await follow(author, id, false);
    await follow(author, id, false);
    expect((await complaintRow(id)).followerCount).toBe(1);
    expect((await getComplaintView(author, number, false))!.viewer.following).toBe(false);
    await follow(bea, id, false);
    expect((await complaintRow(id)).followerCount).toBe(0);
    expect((await eventsOf(id)).map((e) => e.kind)).toEqual(['created']);
    // Following a finished complaint is still a personal choice.
    await decide(author, id, 'withdraw');
    await follow(bea, id);
    expect((await complaintRow(id)).followerCount).toBe(1);
  });
});

describe('notifications', () => {
  it('sends an official reply to the author and followers, not to the one who wrote it', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    const carla = await member('Carla');
    const stranger = await member('Dani');
    await follow(bea, id);
    await meToo(carla, id);
    await follow(laura, id);
    await say(laura, id, 'official_reply');
    const reply = (await eventsOf(id)).find((e) => e.kind === 'official_reply')!;
    for (const who of [author, bea, carla]) {
      const told = (await noticesFor(id, who.id)).filter((n) => n.kind !== 'complaint_new');
      expect(told.map((n) => [n.kind, n.complaintEventId, n.actorId])).toEqual([['complaint_reply', reply.id, laura.id]]);
    }
    expect(await noticeKinds(id, stranger.id)).toEqual([]);
    expect(await noticeKinds(id, laura.id)).toEqual(['complaint_new']);
  });

  it('asks the author to confirm a proposed solution, and tells followers about the status', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    await follow(bea, id);
    await say(laura, id, 'propose_solution', 'Hemos cambiado la caldera.');
    expect(await noticeKinds(id, author.id)).toEqual(['complaint_solution']);
    expect(await noticeKinds(id, bea.id)).toEqual(['complaint_status']);
  });

  it('asks the author for a rating when staff finish the complaint', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    await follow(bea, id);
    await setComplaintStatus({ actor: laura, input: { action: 'close', complaintId: id, reason: 'not_actionable', idempotencyKey: key() } });
    const closed = (await eventsOf(id)).at(-1)!;
    expect((await noticesFor(id, author.id)).map((n) => [n.kind, n.complaintEventId])).toEqual([['complaint_rating_request', closed.id]]);
    expect(await noticeKinds(id, bea.id)).toEqual(['complaint_status']);
  });

  it('tells progress to followers, and the author to handlers when they accept or reject', async () => {
    const { id, author } = await fresh();
    const paco = await staffer('Paco', 'Mantenimiento');
    await assignComplaint({ actor: laura, input: { complaintId: id, assigneeId: paco.id } });
    await say(laura, id, 'progress_update', 'Técnico avisado.');
    expect(await noticeKinds(id, author.id)).toEqual(['complaint_progress']);
    await say(laura, id, 'propose_solution', 'Arreglado.');
    await decide(author, id, 'reject_solution');
    // The assignee hears the answer; other staff do not.
    expect(await noticeKinds(id, paco.id)).toEqual(['complaint_assigned', 'complaint_status']);
    expect((await noticeKinds(id, laura.id)).filter((k) => k === 'complaint_status')).toEqual([]);
  });

  it('tells the assignee, or the members of the team it went to', async () => {
    const { id } = await fresh();
    const paco = await staffer('Paco', 'Mantenimiento');
    const rosa = await staffer('Rosa', 'Mantenimiento');
    const outsider = await staffer('Luis', 'Recepción');
    const [team] = await getDb().insert(staffTeams).values({ name: 'Mantenimiento' }).returning();
    await getDb()
      .insert(staffTeamMembers)
      .values([paco, rosa, laura].map((s) => ({ teamId: team!.id, userId: s.id })));
    const assigned = async (who: Actor) => (await noticeKinds(id, who.id)).filter((k) => k === 'complaint_assigned').length;

    await assignComplaint({ actor: laura, input: { complaintId: id, teamId: team!.id } });
    const event = (await eventsOf(id)).at(-1)!;
    expect(event).toMatchObject({ kind: 'assigned', visibility: 'internal', data: { assigneeId: null, teamId: team!.id } });
    expect([await assigned(paco), await assigned(rosa), await assigned(outsider), await assigned(laura)]).toEqual([1, 1, 0, 0]);

    await assignComplaint({ actor: laura, input: { complaintId: id, assigneeId: outsider.id, teamId: '' } });
    expect([await assigned(paco), await assigned(rosa), await assigned(outsider)]).toEqual([1, 1, 1]);
    const told = (await noticesFor(id, outsider.id)).find((n) => n.kind === 'complaint_assigned')!;
    expect(told.complaintEventId).toBe((await eventsOf(id)).at(-1)!.id);
  });

  it('carries private messages between the author and whoever handles the case', async () => {
    const { id, author, number } = await fresh();
    const paco = await staffer('Paco', 'Administración');
    await assignComplaint({ actor: laura, input: { complaintId: id, assigneeId: paco.id } });
    await sendPrivateMessage({ actor: author, input: { complaintId: id, body: 'Mi número de socio es 4411.', idempotencyKey: key() } });
    expect((await noticeKinds(id, paco.id)).filter((k) => k === 'complaint_status')).toHaveLength(1);
    await sendPrivateMessage({ actor: paco, input: { complaintId: id, body: 'Gracias, lo vemos.', idempotencyKey: key() } });
    expect(await noticeKinds(id, author.id)).toEqual(['complaint_reply']);
    // Nobody else reads or writes there.
    const bea = await member('Bea');
    await expectRefused(id, () => sendPrivateMessage({ actor: bea, input: { complaintId: id, body: 'Hola', idempotencyKey: key() } }), Forbidden);
    expect((await getComplaintView(bea, number, false))!.timeline.map((e) => e.kind)).toEqual(['created', 'continued_privately']);
    expect((await getComplaintView(author, number, false))!.timeline.filter((e) => e.kind === 'private_message')).toHaveLength(2);
  });
});
