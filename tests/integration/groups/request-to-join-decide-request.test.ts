import { describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { decideGroupJoinRequest } from '@/lib/groups/decide-request';
import { requestToJoin } from '@/lib/groups/request-to-join';
import { auditCount } from '../factories';
import { groupWith, member, MISSING, notificationsOf, staff, state } from './helpers';

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
