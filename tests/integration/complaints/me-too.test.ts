import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/policy';
import { setFollow } from '@/lib/complaints/follow';
import { setMeToo } from '@/lib/complaints/me-too';
import { getComplaintView } from '@/lib/complaints/queries';
import { Forbidden } from '@/lib/errors';
import { complaintLists, complaintRow, decide, eventsOf, expectRefused, freshComplaint, type Lists, member } from '../complaint-fixtures';

let lists: Lists;
beforeAll(async () => {
  lists = await complaintLists();
});

const fresh = () => freshComplaint(lists);

const meToo = (actor: Actor, complaintId: string, on = true) => setMeToo({ actor, input: { complaintId, on } });
const follow = (actor: Actor, complaintId: string, on = true) => setFollow({ actor, input: { complaintId, on } });

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
});
