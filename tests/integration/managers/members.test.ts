import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { users } from '@/db/schema';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { Forbidden } from '@/lib/errors';
import { findMember, listMembers, MEMBERS_PAGE } from '@/lib/members/queries';
import type { Actor } from '@/lib/policy';
import { createGroup } from '../community-fixtures';
import { actorOf, createUser, reload, sessionOf } from '../factories';

let marta: Actor;
let groupId: string;
const names = async (filters: Parameters<typeof listMembers>[1]) => (await listMembers(marta, filters)).members.map((m) => m.displayName);

beforeAll(async () => {
  marta = actorOf(await createUser('manager', { displayName: 'Marta Ibáñez', email: 'marta@dir.test' }));
  const people = [
    ['Beatriz Soler', 'beatriz@dir.test', 'S-0002', 'member', 'active'],
    ['Álvaro Núñez', 'alvaro@dir.test', 'S-0001', 'member', 'suspended'],
    ['ana Ortega', 'ana.o@dir.test', null, 'member', 'active'],
    ['Ángela Ruiz', 'angela@dir.test', 'S-0107', 'staff', 'active'],
  ] as const;
  const rows = [];
  for (const [displayName, email, membershipNumber, role, status] of people) rows.push(await createUser(role, { displayName, email, membershipNumber, status }));
  const group = await createGroup('open', [[actorOf(rows[0]!), 'member'], [actorOf(rows[3]!), 'moderator']]);
  groupId = group.id;
});

describe('the members directory', () => {
  it('sorts by name the Spanish way, accents and case aside', async () => {
    expect(await names({ q: '@dir.test' })).toEqual(['Álvaro Núñez', 'ana Ortega', 'Ángela Ruiz', 'Beatriz Soler', 'Marta Ibáñez']);
  });

  it('finds people by part of the name without accents, by e-mail and by membership number', async () => {
    expect(await names({ q: 'alvaro' })).toEqual(['Álvaro Núñez']);
    expect(await names({ q: 'NUÑEZ' })).toEqual(['Álvaro Núñez']);
    expect(await names({ q: 'ana.o@' })).toEqual(['ana Ortega']);
    expect(await names({ q: 'S-0107' })).toEqual(['Ángela Ruiz']);
    expect(await names({ q: '100%_' })).toEqual([]);
  });

  it('filters by role, status and group, and ignores values that are not choices', async () => {
    expect(await names({ q: '@dir.test', role: 'staff' })).toEqual(['Ángela Ruiz']);
    expect(await names({ q: '@dir.test', status: 'suspended' })).toEqual(['Álvaro Núñez']);
    expect(await names({ group: groupId })).toEqual(['Ángela Ruiz', 'Beatriz Soler']);
    expect(await names({ q: '@dir.test', role: 'owner', status: 'x', group: 'not-an-id' })).toHaveLength(5);
  });

  it('sorts by newest and by last seen, those never seen last', async () => {
    await getDb().update(users).set({ lastSeenAt: new Date() }).where(eq(users.email, 'beatriz@dir.test'));
    expect((await names({ q: '@dir.test', sort: 'lastSeen' }))[0]).toBe('Beatriz Soler');
    expect((await names({ q: '@dir.test', sort: 'newest' }))[0]).toBe('Ángela Ruiz');
  });

  it('pages without repeating or skipping anyone, and says how many match', async () => {
    await getDb()
      .insert(users)
      .values(Array.from({ length: MEMBERS_PAGE + 5 }, (_, i) => ({ email: `p${i}@page.test`, displayName: `Persona ${String(i).padStart(2, '0')}`, passwordHash: 'x' })));
    const first = await listMembers(marta, { q: '@page.test' });
    const second = await listMembers(marta, { q: '@page.test', page: '2' });
    expect([first.total, first.pages, first.page, second.page]).toEqual([MEMBERS_PAGE + 5, 2, 1, 2]);
    const all = [...first.members, ...second.members].map((m) => m.displayName);
    expect(all).toEqual(Array.from({ length: MEMBERS_PAGE + 5 }, (_, i) => `Persona ${String(i).padStart(2, '0')}`));
    expect((await listMembers(marta, { q: '@page.test', page: '99' })).page).toBe(2);
    const { queries } = await countQueries(() => listMembers(marta, { q: '@page.test', page: '2' }));
    expect(queries).toBe(2);
  });

  it('is for staff and managers only', async () => {
    const member = actorOf(await createUser('member'));
    await expect(listMembers(member, {})).rejects.toBeInstanceOf(Forbidden);
    await expect(findMember(member, marta.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await findMember(marta, 'nope')).toBeNull();
    expect((await findMember(marta, marta.id))?.displayName).toBe('Marta Ibáñez');
  });
});

describe('last seen', () => {
  it('is written when a session is used, at most once every few minutes', async () => {
    const row = await createUser('member');
    expect(row.lastSeenAt).toBeNull();
    const session = await sessionOf(row);
    await resolveSessionUser(session);
    const seen = (await reload(row.id)).lastSeenAt;
    expect(seen).toBeInstanceOf(Date);
    const { queries } = await countQueries(() => resolveSessionUser(session));
    expect(queries).toBe(1);
    expect((await reload(row.id)).lastSeenAt).toEqual(seen);
  });
});
