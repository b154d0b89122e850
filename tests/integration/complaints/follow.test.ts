import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/policy';
import { setFollow } from '@/lib/complaints/follow';
import { getComplaintView } from '@/lib/complaints/queries';
import { complaintLists, complaintRow, decide, eventsOf, freshComplaint, type Lists, member } from '../complaint-fixtures';

let lists: Lists;
beforeAll(async () => {
  lists = await complaintLists();
});

const fresh = () => freshComplaint(lists);

const follow = (actor: Actor, complaintId: string, on = true) => setFollow({ actor, input: { complaintId, on } });

describe('following', () => {
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
