import { describe, expect, it } from 'vitest';
import { Conflict, Forbidden, NotFound } from '@/lib/errors';
import { inviteToGroup } from '@/lib/groups/invite';
import { respondToGroupInvitation } from '@/lib/groups/respond-invitation';
import { actorOf, auditCount, createUser } from '../factories';
import { groupWith, member, notificationsOf, state } from './helpers';

describe('inviteToGroup and respondToGroupInvitation', () => {
  it('invites once, tells the invitee once, and accepting makes them a member of a private group', async () => {
    const [owner, invitee] = [await member(), await member()];
    const g = await groupWith('private', owner);
    const audits = await auditCount();
    expect(await inviteToGroup({ actor: owner, input: { groupId: g.id, userId: invitee.id } })).toEqual({ invited: true });
    expect(await inviteToGroup({ actor: owner, input: { groupId: g.id, userId: invitee.id } })).toEqual({ invited: false });
    expect((await state(g.id)).invitations).toHaveLength(1);
    expect((await notificationsOf(invitee.id, g.id)).map((n) => n.kind)).toEqual(['group_invitation']);
    expect(await auditCount()).toBe(audits + 1);

    await respondToGroupInvitation({ actor: invitee, input: { groupId: g.id, response: 'accept' } });
    const after = await state(g.id);
    expect(after.members[invitee.id]).toBe('member');
    expect(after.memberCount).toBe(2);
    expect(after.invitations).toHaveLength(0);
    await expect(respondToGroupInvitation({ actor: invitee, input: { groupId: g.id, response: 'accept' } })).rejects.toBeInstanceOf(NotFound);
    expect((await state(g.id)).memberCount).toBe(2);
  });

  it('declining removes the invitation and nothing else', async () => {
    const [owner, invitee] = [await member(), await member()];
    const g = await groupWith('request', owner);
    await inviteToGroup({ actor: owner, input: { groupId: g.id, userId: invitee.id } });
    await respondToGroupInvitation({ actor: invitee, input: { groupId: g.id, response: 'decline' } });
    const after = await state(g.id);
    expect(after.invitations).toHaveLength(0);
    expect(after.members[invitee.id]).toBeUndefined();
    expect(after.memberCount).toBe(1);
  });

  it('refuses plain members, members already in, and inactive accounts; nothing changes', async () => {
    const [owner, plain, invitee] = [await member(), await member(), await member()];
    const banned = actorOf(await createUser('member', { status: 'banned' }));
    const g = await groupWith('open', owner, [{ actor: plain }]);
    await expect(inviteToGroup({ actor: plain, input: { groupId: g.id, userId: invitee.id } })).rejects.toBeInstanceOf(Forbidden);
    await expect(inviteToGroup({ actor: owner, input: { groupId: g.id, userId: plain.id } })).rejects.toBeInstanceOf(Conflict);
    await expect(inviteToGroup({ actor: owner, input: { groupId: g.id, userId: banned.id } })).rejects.toMatchObject({ fieldErrors: { userId: ['errors.invalidField'] } });
    await expect(respondToGroupInvitation({ actor: invitee, input: { groupId: g.id, response: 'accept' } })).rejects.toBeInstanceOf(NotFound);
    const after = await state(g.id);
    expect(after.invitations).toHaveLength(0);
    expect(after.memberCount).toBe(2);
    expect(await notificationsOf(invitee.id, g.id)).toHaveLength(0);
  });
});
