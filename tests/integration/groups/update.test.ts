import { describe, expect, it } from 'vitest';
import { Forbidden, NotFound } from '@/lib/errors';
import { updateGroup } from '@/lib/groups/update';
import { auditCount } from '../factories';
import { groupWith, member, MISSING, staff, state } from './helpers';

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
