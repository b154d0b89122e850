import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { staffTeamMembers, staffTeams } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { assignComplaint } from '@/lib/complaints/assign';
import { setFollow } from '@/lib/complaints/follow';
import { setMeToo } from '@/lib/complaints/me-too';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { getComplaintView } from '@/lib/complaints/queries';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import { Forbidden } from '@/lib/errors';
import { complaintScene, decide, eventsOf, expectRefused, freshComplaint, key, type Lists, member, noticeKinds, noticesFor, say, staffer } from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

const meToo = (actor: Actor, complaintId: string, on = true) => setMeToo({ actor, input: { complaintId, on } });
const follow = (actor: Actor, complaintId: string, on = true) => setFollow({ actor, input: { complaintId, on } });

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
