import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { communitySettings, groups } from '@/db/schema';
import { Forbidden, Invalid } from '@/lib/errors';
import { createGroup } from '@/lib/groups/create';
import { setMembersCreateGroups } from '@/lib/groups/member-creation-setting';
import { slugify } from '@/lib/groups/slug';
import { actorOf, auditCount, createUser } from '../factories';
import { member, staff, state } from './helpers';

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
