import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { communitySettings, groupMembers, groups } from '@/db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { createGroup } from '@/lib/groups/create';
import { decideGroupJoinRequest } from '@/lib/groups/decide-request';
import { inviteToGroup } from '@/lib/groups/invite';
import { joinGroup } from '@/lib/groups/join';
import { leaveGroup } from '@/lib/groups/leave';
import { setMembersCreateGroups } from '@/lib/groups/member-creation-setting';
import { removeGroupMember } from '@/lib/groups/remove-member';
import { requestToJoin } from '@/lib/groups/request-to-join';
import { respondToGroupInvitation } from '@/lib/groups/respond-invitation';
import { setGroupRole } from '@/lib/groups/set-role';
import { slugify } from '@/lib/groups/slug';
import { updateGroup } from '@/lib/groups/update';
import { actorOf, auditCount, createUser } from './factories';
import { groupWith, member, notificationsOf, staff, state } from './groups-helpers';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('createGroup', () => {
  it('lets staff create a group and makes them its owner, with a slug without accents', async () => {
    const s = await staff();
    const audits = await auditCount();
    const g = await createGroup({ actor: s, input: { name: '  Fútbol Sala · Veteranos ', description: 'Los martes', visibility: 'request' } });
    expect(g.slug).toBe('futbol-sala-veteranos');
    const after = await state(g.id);
    expect(after.group).toMatchObject({ name: 'Fútbol Sala · Veteranos', description: 'Los martes', visibility: 'request', memberCount: 1, createdBy: s.id });
    expect(after.members).toEqual({ [s.id]: 'owner' });
    expect(await auditCount()).toBe(audits + 1);
  });

  it('gives a clashing name a suffix and never uses a reserved path', async () => {
    const s = await staff();
    const a = await createGroup({ actor: s, input: { name: 'Pádel' } });
    const b = await createGroup({ actor: s, input: { name: 'padel' } });
    const c = await createGroup({ actor: s, input: { name: 'PADEL!' } });
    expect([a.slug, b.slug, c.slug]).toEqual(['padel', 'padel-2', 'padel-3']);
    expect(slugify('New')).toBe('grupo-new');
    expect(slugify('¡¿?!')).toBe('grupo');
  });

  it('refuses members until the manager allows it, then lets them', async () => {
    const m = await member();
    const manager = actorOf(await createUser('manager'));
    const before = (await getDb().select().from(groups)).length;
    await expect(createGroup({ actor: m, input: { name: 'Mi grupo' } })).rejects.toBeInstanceOf(Forbidden);
    expect((await getDb().select().from(groups)).length).toBe(before);

    await expect(setMembersCreateGroups({ actor: m, input: { membersCreateGroups: 'on' } })).rejects.toBeInstanceOf(Forbidden);
    await getDb().insert(communitySettings).values({ id: 1, name: 'Club' }).onConflictDoNothing();
    await setMembersCreateGroups({ actor: manager, input: { membersCreateGroups: 'on' } });
    const g = await createGroup({ actor: m, input: { name: 'Mi grupo' } });
    expect((await state(g.id)).members).toEqual({ [m.id]: 'owner' });
    await setMembersCreateGroups({ actor: manager, input: {} });
    await expect(createGroup({ actor: m, input: { name: 'Otro' } })).rejects.toBeInstanceOf(Forbidden);
  });

  it('gives field errors for an empty or too long name or description', async () => {
    const s = await staff();
    const bad = createGroup({ actor: s, input: { name: '   ', description: 'x'.repeat(2001), visibility: 'secret' } });
    await expect(bad).rejects.toBeInstanceOf(Invalid);
    await expect(bad).rejects.toMatchObject({
      fieldErrors: { name: ['errors.required'], description: ['errors.tooLong'], visibility: ['errors.invalidField'] },
    });
    await expect(createGroup({ actor: s, input: { name: 'x'.repeat(81) } })).rejects.toMatchObject({ fieldErrors: { name: ['errors.tooLong'] } });
  });
});

describe('updateGroup', () => {
  it('lets the owner change name, description and visibility, keeping the slug', async () => {
    const owner = await member();
    const g = await groupWith('open', owner);
    const audits = await auditCount();
    await updateGroup({ actor: owner, input: { groupId: g.id, name: 'Nuevo nombre', description: 'Otra cosa', visibility: 'private' } });
    expect((await state(g.id)).group).toMatchObject({ slug: g.slug, name: 'Nuevo nombre', description: 'Otra cosa', visibility: 'private' });
    expect(await auditCount()).toBe(audits + 1);
  });

  it('refuses moderators and members (nothing changes), and hides private groups from outsiders', async () => {
    const [owner, mod, outsider] = [await member(), await member(), await member()];
    const g = await groupWith('private', owner, [{ actor: mod, role: 'moderator' }]);
    await expect(updateGroup({ actor: mod, input: { groupId: g.id, name: 'X' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(updateGroup({ actor: outsider, input: { groupId: g.id, name: 'X' } })).rejects.toBeInstanceOf(NotFound);
    await expect(updateGroup({ actor: owner, input: { groupId: MISSING, name: 'X' } })).rejects.toBeInstanceOf(NotFound);
    expect((await state(g.id)).group.name).toBe('Grupo private');
    await updateGroup({ actor: await staff(), input: { groupId: g.id, name: 'Por staff', visibility: 'private' } });
    expect((await state(g.id)).group.name).toBe('Por staff');
  });

  it('gives field errors and changes nothing', async () => {
    const owner = await member();
    const g = await groupWith('open', owner);
    await expect(updateGroup({ actor: owner, input: { groupId: g.id, name: '' } })).rejects.toMatchObject({ fieldErrors: { name: ['errors.required'] } });
    expect((await state(g.id)).group.name).toBe('Grupo open');
  });
  it('tells a silenced owner that they are silenced, not just "forbidden" (issue 13)', async () => {
    const owner = await member();
    const g = await groupWith('open', owner);
    const silenced = { ...owner, status: 'silenced' as const, statusUntil: null };
    await expect(updateGroup({ actor: silenced, input: { groupId: g.id, name: 'X' } })).rejects.toMatchObject({ message: 'moderation.errors.silenced' });
    expect((await state(g.id)).group.name).toBe('Grupo open');
  });
});

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

describe('requestToJoin and decideGroupJoinRequest', () => {
  it('keeps one pending request on double submit and tells owners and moderators once', async () => {
    const [owner, mod, plain, asker] = [await member(), await member(), await member(), await member()];
    const g = await groupWith('request', owner, [{ actor: mod, role: 'moderator' }, { actor: plain }]);
    await Promise.all([
      requestToJoin({ actor: asker, input: { groupId: g.id, message: 'Hola' } }),
      requestToJoin({ actor: asker, input: { groupId: g.id, message: 'Hola' } }),
    ]);
    await requestToJoin({ actor: asker, input: { groupId: g.id } });
    const after = await state(g.id);
    expect(after.requests).toHaveLength(1);
    expect(after.requests[0]).toMatchObject({ status: 'pending', message: 'Hola' });
    expect(await notificationsOf(owner.id, g.id)).toMatchObject([{ kind: 'group_join_request', actorId: asker.id }]);
    expect(await notificationsOf(mod.id, g.id)).toHaveLength(1);
    expect(await notificationsOf(plain.id, g.id)).toHaveLength(0);
    expect(await notificationsOf(asker.id, g.id)).toHaveLength(0);
    expect(after.memberCount).toBe(3);
  });

  it('refuses requests to open groups and hides private ones', async () => {
    const [owner, asker] = [await member(), await member()];
    const open = await groupWith('open', owner);
    const hidden = await groupWith('private', owner);
    await expect(requestToJoin({ actor: asker, input: { groupId: open.id } })).rejects.toBeInstanceOf(Forbidden);
    await expect(requestToJoin({ actor: asker, input: { groupId: hidden.id } })).rejects.toBeInstanceOf(NotFound);
    await expect(requestToJoin({ actor: asker, input: { groupId: open.id, message: 'x'.repeat(501) } })).rejects.toBeInstanceOf(Invalid);
    expect((await state(open.id)).requests).toHaveLength(0);
  });

  it('approves: membership, count, notification to the requester, audit; twice changes nothing more', async () => {
    const [owner, mod, asker] = [await member(), await member(), await member()];
    const g = await groupWith('request', owner, [{ actor: mod, role: 'moderator' }]);
    await requestToJoin({ actor: asker, input: { groupId: g.id } });
    const requestId = (await state(g.id)).requests[0]!.id;
    const audits = await auditCount();
    await decideGroupJoinRequest({ actor: mod, input: { requestId, decision: 'approve' } });
    await decideGroupJoinRequest({ actor: owner, input: { requestId, decision: 'approve' } });
    const after = await state(g.id);
    expect(after.members[asker.id]).toBe('member');
    expect(after.memberCount).toBe(3);
    expect(after.requests[0]).toMatchObject({ status: 'approved', decidedBy: mod.id });
    expect((await notificationsOf(asker.id, g.id)).map((n) => n.kind)).toEqual(['group_join_approved']);
    expect(await notificationsOf(mod.id, g.id)).toHaveLength(1); // only the request itself
    expect(await auditCount()).toBe(audits + 1);
    await expect(decideGroupJoinRequest({ actor: owner, input: { requestId, decision: 'reject' } })).rejects.toBeInstanceOf(Conflict);
  });

  it('refuses members who are not moderators and changes nothing; rejects without membership', async () => {
    const [owner, plain, asker] = [await member(), await member(), await member()];
    const g = await groupWith('request', owner, [{ actor: plain }]);
    await requestToJoin({ actor: asker, input: { groupId: g.id } });
    const requestId = (await state(g.id)).requests[0]!.id;
    await expect(decideGroupJoinRequest({ actor: plain, input: { requestId, decision: 'approve' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(decideGroupJoinRequest({ actor: asker, input: { requestId, decision: 'approve' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(decideGroupJoinRequest({ actor: owner, input: { requestId: MISSING, decision: 'approve' } })).rejects.toBeInstanceOf(NotFound);
    await expect(decideGroupJoinRequest({ actor: owner, input: { requestId, decision: 'maybe' } })).rejects.toBeInstanceOf(Invalid);
    expect((await state(g.id)).requests[0]!.status).toBe('pending');

    await decideGroupJoinRequest({ actor: await staff(), input: { requestId, decision: 'reject' } });
    const after = await state(g.id);
    expect(after.requests[0]!.status).toBe('rejected');
    expect(after.members[asker.id]).toBeUndefined();
    expect(after.memberCount).toBe(2);
    // Rejected, the person may ask again.
    await requestToJoin({ actor: asker, input: { groupId: g.id } });
    expect((await state(g.id)).requests.filter((r) => r.status === 'pending')).toHaveLength(1);
  });
});

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

describe('setGroupRole and removeGroupMember', () => {
  it('lets the owner promote and demote, and never leaves the group without an owner', async () => {
    const [owner, m] = [await member(), await member()];
    const g = await groupWith('open', owner, [{ actor: m }]);
    const audits = await auditCount();
    await setGroupRole({ actor: owner, input: { groupId: g.id, userId: m.id, role: 'moderator' } });
    expect(await setGroupRole({ actor: owner, input: { groupId: g.id, userId: m.id, role: 'moderator' } })).toEqual({ changed: false });
    expect((await state(g.id)).members[m.id]).toBe('moderator');
    expect(await auditCount()).toBe(audits + 1);
    await expect(setGroupRole({ actor: owner, input: { groupId: g.id, userId: owner.id, role: 'member' } })).rejects.toMatchObject({
      message: 'groups.errors.lastOwner',
    });
    await expect(setGroupRole({ actor: owner, input: { groupId: g.id, userId: m.id, role: 'king' } })).rejects.toBeInstanceOf(Invalid);
    await expect(setGroupRole({ actor: owner, input: { groupId: g.id, userId: MISSING, role: 'member' } })).rejects.toBeInstanceOf(NotFound);
    expect((await state(g.id)).members[owner.id]).toBe('owner');
  });

  it('refuses moderators: they can neither set roles nor remove members', async () => {
    const [owner, mod, m] = [await member(), await member(), await member()];
    const g = await groupWith('open', owner, [{ actor: mod, role: 'moderator' }, { actor: m }]);
    await expect(setGroupRole({ actor: mod, input: { groupId: g.id, userId: m.id, role: 'owner' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(removeGroupMember({ actor: mod, input: { groupId: g.id, userId: m.id } })).rejects.toBeInstanceOf(Forbidden);
    const after = await state(g.id);
    expect(after.members).toEqual({ [owner.id]: 'owner', [mod.id]: 'moderator', [m.id]: 'member' });
    expect(after.memberCount).toBe(3);
  });

  it('lets owner and staff remove members, keeps the count, and keeps the last owner', async () => {
    const [owner, a, b] = [await member(), await member(), await member()];
    const s = await staff();
    const g = await groupWith('open', owner, [{ actor: a }, { actor: b }]);
    const audits = await auditCount();
    await removeGroupMember({ actor: owner, input: { groupId: g.id, userId: a.id } });
    expect(await removeGroupMember({ actor: owner, input: { groupId: g.id, userId: a.id } })).toEqual({ removed: false });
    await removeGroupMember({ actor: s, input: { groupId: g.id, userId: b.id } });
    await expect(removeGroupMember({ actor: s, input: { groupId: g.id, userId: owner.id } })).rejects.toBeInstanceOf(Conflict);
    const after = await state(g.id);
    expect(after.members).toEqual({ [owner.id]: 'owner' });
    expect(after.memberCount).toBe(1);
    expect(await auditCount()).toBe(audits + 2);
  });

  it('keeps member_count equal to the rows through a mix of changes', async () => {
    const owner = await member();
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => member()));
    const g = await groupWith('open', owner);
    await Promise.all(people.map((p) => joinGroup({ actor: p, input: { groupId: g.id } })));
    await Promise.all(people.slice(0, 2).map((p) => leaveGroup({ actor: p, input: { groupId: g.id } })));
    const [row] = await getDb().select().from(groups).where(eq(groups.id, g.id));
    const rows = await getDb().select().from(groupMembers).where(eq(groupMembers.groupId, g.id));
    expect(row!.memberCount).toBe(rows.length);
    expect(rows).toHaveLength(4);
  });
});
