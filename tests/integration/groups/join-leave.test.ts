import { describe, expect, it } from 'vitest';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { joinGroup } from '@/lib/groups/join';
import { leaveGroup } from '@/lib/groups/leave';
import { setGroupRole } from '@/lib/groups/set-role';
import { groupWith, member, state } from './helpers';

describe('joinGroup and leaveGroup', () => {
  it('joins an open group once however often it is pressed, and leaves it', async () => {
    const [owner, m] = [await member(), await member()];
    const g = await groupWith('open', owner);
    await Promise.all([joinGroup({ actor: m, input: { groupId: g.id } }), joinGroup({ actor: m, input: { groupId: g.id } })]);
    expect(await joinGroup({ actor: m, input: { groupId: g.id } })).toEqual({ joined: false });
    let after = await state(g.id);
    expect(after.members[m.id]).toBe('member');
    expect(after.memberCount).toBe(2);
    expect(after.actualMembers).toBe(2);

    expect(await leaveGroup({ actor: m, input: { groupId: g.id } })).toEqual({ left: true });
    expect(await leaveGroup({ actor: m, input: { groupId: g.id } })).toEqual({ left: false });
    after = await state(g.id);
    expect(after.memberCount).toBe(1);
    expect(after.members[m.id]).toBeUndefined();
  });

  it('refuses joining a by-request group (Forbidden) or a private one (NotFound); nothing changes', async () => {
    const [owner, m] = [await member(), await member()];
    const byRequest = await groupWith('request', owner);
    const hidden = await groupWith('private', owner);
    await expect(joinGroup({ actor: m, input: { groupId: byRequest.id } })).rejects.toBeInstanceOf(Forbidden);
    await expect(joinGroup({ actor: m, input: { groupId: hidden.id } })).rejects.toBeInstanceOf(NotFound);
    await expect(joinGroup({ actor: m, input: { groupId: 'nope' } })).rejects.toBeInstanceOf(Invalid);
    expect((await state(byRequest.id)).memberCount).toBe(1);
    expect((await state(hidden.id)).actualMembers).toBe(1);
  });

  it('lets a silenced member still join and leave: reading is what they keep', async () => {
    const [owner, m] = [await member(), await member()];
    const g = await groupWith('open', owner);
    const silenced = { ...m, status: 'silenced' as const, statusUntil: null };
    expect(await joinGroup({ actor: silenced, input: { groupId: g.id } })).toEqual({ joined: true });
    expect(await leaveGroup({ actor: silenced, input: { groupId: g.id } })).toEqual({ left: true });
  });

  it('keeps the last owner in the group with a clear error', async () => {
    const [owner, second] = [await member(), await member()];
    const g = await groupWith('open', owner);
    await expect(leaveGroup({ actor: owner, input: { groupId: g.id } })).rejects.toMatchObject({ message: 'groups.errors.lastOwner' });
    expect((await state(g.id)).members[owner.id]).toBe('owner');
    await joinGroup({ actor: second, input: { groupId: g.id } });
    await setGroupRole({ actor: owner, input: { groupId: g.id, userId: second.id, role: 'owner' } });
    await leaveGroup({ actor: owner, input: { groupId: g.id } });
    const after = await state(g.id);
    expect(after.members).toEqual({ [second.id]: 'owner' });
    expect(after.memberCount).toBe(1);
  });
});
