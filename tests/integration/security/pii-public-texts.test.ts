import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { groups, joinRequests } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { createGroup } from '@/lib/groups/create';
import { submitJoinRequest } from '@/lib/join-requests/submit';
import { staffer } from '../complaint-fixtures';

const refusedFields = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof Invalid ? e.fieldErrors : e));

describe('texts everyone reads and no private case can hold', () => {
  it('refuses a display name that carries a phone, even written with invisible characters, and writes nothing', async () => {
    const before = (await getDb().select().from(joinRequests)).length;
    const request = { email: 'nombre-con-telefono@test.example', membershipNumber: 'S-1234', message: '', password: 'una contraseña larga', locale: 'es', ip: 'pii-names' };
    expect(await refusedFields(submitJoinRequest({ actor: null, input: { ...request, displayName: 'Pepe 612\u200b345\u200b678' } }))).toEqual({ displayName: ['errors.personalData'] });
    expect((await getDb().select().from(joinRequests)).length).toBe(before);
    expect(await refusedFields(submitJoinRequest({ actor: null, input: { ...request, displayName: 'Pepe del 6º B' } }))).toBeNull();
    expect((await getDb().select().from(joinRequests)).length).toBe(before + 1);
  });

  it("refuses a group's name or description with personal data, however it is written", async () => {
    const laura = await staffer('Laura');
    const count = async () => (await getDb().select().from(groups)).length;
    const before = await count();
    expect(await refusedFields(createGroup({ actor: laura, input: { name: 'Pádel', description: 'Apuntaos: pepe&#64;example.com' } }))).toEqual({ description: ['errors.personalData'] });
    expect(await refusedFields(createGroup({ actor: laura, input: { name: 'Pádel ６１２ ３４５ ６７８' } }))).toEqual({ name: ['errors.personalData'] });
    expect(await count()).toBe(before);
  });
});
