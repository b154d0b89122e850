import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { groupMembers, groups } from '@/db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { joinGroup } from '@/lib/groups/join';
import { leaveGroup } from '@/lib/groups/leave';
import { removeGroupMember } from '@/lib/groups/remove-member';
import { setGroupRole } from '@/lib/groups/set-role';
import { auditCount } from '../factories';
import { groupWith, member, MISSING, staff, state } from './helpers';

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
