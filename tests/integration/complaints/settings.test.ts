import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, communitySettings, complaintBranches, complaintCategories, responseTemplates, slaPolicies, staffTeamMembers, staffTeams } from '@/db/schema';
import { addTeamMember } from '@/lib/complaints/settings/add-team-member';
import { applySlaPreset } from '@/lib/complaints/settings/apply-sla-preset';
import { setListEntryArchived } from '@/lib/complaints/settings/archive-entry';
import { createListEntry } from '@/lib/complaints/settings/create-entry';
import { createResponseTemplate } from '@/lib/complaints/settings/create-template';
import { deleteResponseTemplate } from '@/lib/complaints/settings/delete-template';
import { moveListEntry } from '@/lib/complaints/settings/move-entry';
import { moveResponseTemplate } from '@/lib/complaints/settings/move-template';
import {
  getBoardSettings,
  listBranches,
  listCategories,
  listSlaPolicies,
  listStaffPeople,
  listTeams,
  listTemplates,
} from '@/lib/complaints/settings/queries';
import { removeTeamMember } from '@/lib/complaints/settings/remove-team-member';
import { renameListEntry } from '@/lib/complaints/settings/rename-entry';
import { updateBoardSettings } from '@/lib/complaints/settings/update-board';
import { updateSlaPolicy } from '@/lib/complaints/settings/update-sla';
import { updateResponseTemplate } from '@/lib/complaints/settings/update-template';
import { DEFAULT_SLA, SPAIN_LEGAL_MONTH_MINUTES } from '@/lib/complaints/sla';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { actorOf, auditCount, createUser } from '../factories';

const manager = async () => actorOf(await createUser('manager'));
let seq = 0;
const unique = (prefix: string) => `${prefix} ${++seq}-${Date.now() % 100_000}`;

/** Everything the settings verbs can write, to prove a refused call wrote none of it. */
async function snapshot() {
  const db = getDb();
  return JSON.stringify([
    await db.select().from(complaintCategories).orderBy(complaintCategories.id),
    await db.select().from(complaintBranches).orderBy(complaintBranches.id),
    await db.select().from(staffTeams).orderBy(staffTeams.id),
    await db.select().from(staffTeamMembers).orderBy(staffTeamMembers.teamId, staffTeamMembers.userId),
    await db.select().from(slaPolicies).orderBy(slaPolicies.priority),
    await db.select().from(responseTemplates).orderBy(responseTemplates.id),
    await db.select({ boardPublic: communitySettings.boardPublic, confirmationDays: communitySettings.confirmationDays }).from(communitySettings),
    await auditCount(),
  ]);
}

const names = (entries: { name: string }[]) => entries.map((e) => e.name);

describe('named lists: categories, branches and teams', () => {
  for (const list of ['category', 'branch', 'team'] as const) {
    const read = async (includeArchived = false) => {
      const m = await manager();
      if (list === 'category') return listCategories(m, { includeArchived });
      if (list === 'branch') return listBranches(m, { includeArchived });
      return listTeams(m, { includeArchived });
    };

    it(`${list}: a manager creates, renames, reorders and archives, each step audited`, async () => {
      const m = await manager();
      const audits = await auditCount();
      const first = unique('Primera');
      const second = unique('Segunda');
      const a = await createListEntry({ actor: m, input: { list, name: `  ${first}  ` } });
      const b = await createListEntry({ actor: m, input: { list, name: second } });
      expect(a.created).toBe(true);
      let entries = await read();
      expect(names(entries).slice(-2)).toEqual([first, second]);
      expect(entries.at(-1)).toEqual({ id: b.id, name: second, nameEn: '', archived: false, position: entries.at(-2)!.position + 1, ...(list === 'team' ? { members: [] } : {}) });

      await moveListEntry({ actor: m, input: { list, id: b.id, direction: 'up' } });
      expect(names(await read()).slice(-2)).toEqual([second, first]);
      // Already last: nothing moves and nothing is audited.
      const beforeNoop = await auditCount();
      expect(await moveListEntry({ actor: m, input: { list, id: a.id, direction: 'down' } })).toEqual({ moved: false });
      expect(await auditCount()).toBe(beforeNoop);

      await renameListEntry({ actor: m, input: { list, id: a.id, name: `${first} (renombrada)` } });
      await setListEntryArchived({ actor: m, input: { list, id: a.id, archived: 'true' } });
      entries = await read();
      expect(names(entries)).not.toContain(`${first} (renombrada)`);
      expect((await read(true)).find((e) => e.id === a.id)).toMatchObject({ name: `${first} (renombrada)`, archived: true });

      await setListEntryArchived({ actor: m, input: { list, id: a.id, archived: false } });
      expect((await read()).find((e) => e.id === a.id)).toMatchObject({ archived: false });

      const actions = (await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, m.id))).map((r) => r.action);
      expect(actions).toEqual(
        expect.arrayContaining([`complaint_settings.${list}_create`, `complaint_settings.${list}_move`, `complaint_settings.${list}_rename`, `complaint_settings.${list}_archive`, `complaint_settings.${list}_unarchive`]),
      );
      expect(await auditCount()).toBe(audits + 6);
    });

    it(`${list}: names are required, at most 60 characters, and unique among active entries whatever the case`, async () => {
      const m = await manager();
      const name = unique('Piscina');
      const { id } = await createListEntry({ actor: m, input: { list, name } });
      const before = await snapshot();
      await expect(createListEntry({ actor: m, input: { list, name: '   ' } })).rejects.toMatchObject({ fieldErrors: { name: ['errors.required'] } });
      await expect(createListEntry({ actor: m, input: { list, name: 'x'.repeat(61) } })).rejects.toMatchObject({ fieldErrors: { name: ['errors.tooLong'] } });
      await expect(createListEntry({ actor: m, input: { list, name: ` ${name.toUpperCase()} ` } })).rejects.toMatchObject({
        fieldErrors: { name: ['complaintSettings.errors.nameTaken'] },
      });
      await expect(createListEntry({ actor: m, input: { list: 'shop' as never, name: 'x' } })).rejects.toMatchObject({ fieldErrors: { list: ['errors.invalidField'] } });
      const other = await createListEntry({ actor: m, input: { list, name: unique('Otra') } });
      const afterOther = await snapshot();
      await expect(renameListEntry({ actor: m, input: { list, id: other.id, name: name.toLowerCase() } })).rejects.toBeInstanceOf(Invalid);
      await expect(renameListEntry({ actor: m, input: { list, id: other.id, name: '' } })).rejects.toMatchObject({ fieldErrors: { name: ['errors.required'] } });
      await expect(renameListEntry({ actor: m, input: { list, id: '00000000-0000-4000-8000-000000000000', name: 'Nueva' } })).rejects.toBeInstanceOf(NotFound);
      expect(await snapshot()).toBe(afterOther);
      expect(before).not.toBe(afterOther);
      expect(await createListEntry({ actor: m, input: { list, name: 'x'.repeat(60) } })).toMatchObject({ created: true });

      // An archived name is free again; the archived entry cannot come back while it is taken.
      await setListEntryArchived({ actor: m, input: { list, id, archived: true } });
      const again = await createListEntry({ actor: m, input: { list, name } });
      const beforeRestore = await snapshot();
      await expect(setListEntryArchived({ actor: m, input: { list, id, archived: false } })).rejects.toBeInstanceOf(Conflict);
      await expect(setListEntryArchived({ actor: m, input: { list, id, archived: false } })).rejects.toThrow('complaintSettings.errors.nameTakenRestore');
      expect(await snapshot()).toBe(beforeRestore);
      // Renaming the archived one is allowed, and then it can come back.
      await renameListEntry({ actor: m, input: { list, id, name: `${name} (antigua)` } });
      await setListEntryArchived({ actor: m, input: { list, id, archived: false } });
      expect(names(await read())).toEqual(expect.arrayContaining([name, `${name} (antigua)`]));
      expect(again.created).toBe(true);
    });

    it(`${list}: a double submit creates one entry; any other submission of that name is refused`, async () => {
      const m = await manager();
      const other = await manager();
      const name = unique('Doble');
      const input = { list, name, idempotencyKey: `key-${name}` };
      const [x, y] = await Promise.all([createListEntry({ actor: m, input }), createListEntry({ actor: m, input })]);
      expect(x.id).toBe(y.id);
      expect([x.created, y.created].sort()).toEqual([false, true]);
      expect(names(await read()).filter((n) => n === name)).toHaveLength(1);
      // Two different submissions of one name: the second is refused, not merged.
      await expect(createListEntry({ actor: m, input: { ...input, idempotencyKey: `other-${name}` } })).rejects.toMatchObject({ fieldErrors: { name: ['complaintSettings.errors.nameTaken'] } });
      await expect(createListEntry({ actor: other, input })).rejects.toBeInstanceOf(Invalid);
    });
  }

  it('offers members only active categories and branches, even when they ask for archived ones', async () => {
    const m = await manager();
    const member = actorOf(await createUser('member'));
    const staff = actorOf(await createUser('staff'));
    const { id } = await createListEntry({ actor: m, input: { list: 'category', name: unique('Archivada') } });
    await setListEntryArchived({ actor: m, input: { list: 'category', id, archived: true } });
    expect((await listCategories(member, { includeArchived: true })).map((c) => c.id)).not.toContain(id);
    expect((await listCategories(null, { includeArchived: true })).map((c) => c.id)).not.toContain(id);
    expect((await listCategories(staff, { includeArchived: true })).map((c) => c.id)).toContain(id);
    expect((await listCategories(staff)).map((c) => c.id)).not.toContain(id);
    await expect(listTeams(member)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('team members', () => {
  it('a manager adds and removes staff and managers, never members; adding twice changes nothing', async () => {
    const m = await manager();
    const laura = await createUser('staff', { displayName: 'Laura Gómez', staffTitle: 'Atención al socio' });
    const boss = await createUser('manager', { displayName: 'Marta Ibáñez' });
    const ana = await createUser('member', { displayName: 'Ana Ruiz' });
    const { id: teamId } = await createListEntry({ actor: m, input: { list: 'team', name: unique('Mantenimiento') } });
    const audits = await auditCount();

    expect(await addTeamMember({ actor: m, input: { teamId, userId: laura.id } })).toEqual({ added: true });
    expect(await addTeamMember({ actor: m, input: { teamId, userId: boss.id } })).toEqual({ added: true });
    expect(await addTeamMember({ actor: m, input: { teamId, userId: laura.id } })).toEqual({ added: false });
    expect(await auditCount()).toBe(audits + 2);

    const before = await snapshot();
    await expect(addTeamMember({ actor: m, input: { teamId, userId: ana.id } })).rejects.toMatchObject({ fieldErrors: { userId: ['complaintSettings.errors.notStaff'] } });
    await expect(addTeamMember({ actor: m, input: { teamId, userId: '00000000-0000-4000-8000-000000000000' } })).rejects.toMatchObject({
      fieldErrors: { userId: ['complaintSettings.errors.notStaff'] },
    });
    await expect(addTeamMember({ actor: m, input: { teamId, userId: 'nobody' } })).rejects.toBeInstanceOf(Invalid);
    await expect(addTeamMember({ actor: m, input: { teamId: '00000000-0000-4000-8000-000000000000', userId: laura.id } })).rejects.toBeInstanceOf(NotFound);
    expect(await snapshot()).toBe(before);

    const team = (await listTeams(m)).find((t) => t.id === teamId)!;
    expect(team.members).toEqual([
      { id: laura.id, displayName: 'Laura Gómez', staffTitle: 'Atención al socio' },
      { id: boss.id, displayName: 'Marta Ibáñez', staffTitle: null },
    ]);
    const people = await listStaffPeople(m);
    expect(people.map((p) => p.id)).toEqual(expect.arrayContaining([laura.id, boss.id]));
    expect(people.map((p) => p.id)).not.toContain(ana.id);

    expect(await removeTeamMember({ actor: m, input: { teamId, userId: laura.id } })).toEqual({ removed: true });
    expect(await removeTeamMember({ actor: m, input: { teamId, userId: laura.id } })).toEqual({ removed: false });
    expect((await listTeams(m)).find((t) => t.id === teamId)!.members.map((p) => p.id)).toEqual([boss.id]);
    expect(await auditCount()).toBe(audits + 3);
  });
});

describe('SLA policies', () => {
  const input = {
    priority: 'high',
    firstResponseValue: '2',
    firstResponseUnit: 'hours',
    updateValue: '1',
    updateUnit: 'days',
    resolutionValue: '3',
    resolutionUnit: 'days',
  } as const;

  it('a manager sets one priority in minutes, hours or days; the others keep theirs', async () => {
    const m = await manager();
    const audits = await auditCount();
    await updateSlaPolicy({ actor: m, input });
    const table = await listSlaPolicies(m);
    expect(table.map((p) => p.priority)).toEqual(['urgent', 'high', 'normal', 'low']);
    expect(table[1]).toEqual({ priority: 'high', firstResponseMinutes: 120, updateMinutes: 1440, resolutionMinutes: 4320 });
    expect(table[0]).toEqual({ priority: 'urgent', ...DEFAULT_SLA.urgent });
    await updateSlaPolicy({ actor: m, input: { priority: 'urgent', firstResponseValue: 45, updateValue: 180, resolutionValue: 720 } });
    expect((await listSlaPolicies(m))[0]).toMatchObject({ firstResponseMinutes: 45, updateMinutes: 180, resolutionMinutes: 720 });
    expect(await auditCount()).toBe(audits + 2);
  });

  it('refuses zero, negative, fractional, empty and absurd values, and a first answer later than the resolution', async () => {
    const m = await manager();
    const before = await snapshot();
    const wrong = async (change: Record<string, string>, fieldErrors: Record<string, string[]>) =>
      expect(updateSlaPolicy({ actor: m, input: { ...input, ...change } })).rejects.toMatchObject({ fieldErrors });
    const whole = ['complaintSettings.errors.wholePositive'];
    await wrong({ firstResponseValue: '0' }, { firstResponseValue: whole });
    await wrong({ updateValue: '-3' }, { updateValue: whole });
    await wrong({ resolutionValue: '1.5' }, { resolutionValue: whole });
    await wrong({ firstResponseValue: '' }, { firstResponseValue: whole });
    await wrong({ firstResponseValue: 'abc' }, { firstResponseValue: whole });
    await wrong({ resolutionValue: '366', resolutionUnit: 'days' }, { resolutionValue: ['complaintSettings.errors.slaTooLong'] });
    await wrong({ firstResponseValue: '4', firstResponseUnit: 'days' }, { firstResponseValue: ['complaintSettings.errors.firstAfterResolution'] });
    await wrong({ updateValue: '73', updateUnit: 'hours' }, { updateValue: ['complaintSettings.errors.updateAfterResolution'] });
    await wrong({ firstResponseUnit: 'weeks' }, { firstResponseUnit: ['errors.invalidField'] });
    await wrong({ priority: 'critical' }, { priority: ['errors.invalidField'] });
    expect(await snapshot()).toBe(before);
    // Equal is allowed: a first answer that is also the resolution.
    await updateSlaPolicy({ actor: m, input: { ...input, firstResponseValue: '3', firstResponseUnit: 'days' } });
    expect((await listSlaPolicies(m))[1]).toMatchObject({ firstResponseMinutes: 4320, resolutionMinutes: 4320 });
  });

  it("applies Spain's one-month legal answer, then restores the defaults", async () => {
    const m = await manager();
    await updateSlaPolicy({ actor: m, input: { priority: 'low', firstResponseValue: 45, firstResponseUnit: 'days', updateValue: 35, updateUnit: 'days', resolutionValue: 60, resolutionUnit: 'days' } });
    await updateSlaPolicy({ actor: m, input: { priority: 'urgent', firstResponseValue: 30, updateValue: 120, resolutionValue: 600 } });
    const audits = await auditCount();
    await applySlaPreset({ actor: m, input: { preset: 'spain_legal_month' } });
    const legal = await listSlaPolicies(m);
    for (const p of legal) expect(p.resolutionMinutes).toBe(SPAIN_LEGAL_MONTH_MINUTES);
    expect(legal[0]).toMatchObject({ firstResponseMinutes: 30, updateMinutes: 120 });
    expect(legal[3]).toMatchObject({ firstResponseMinutes: SPAIN_LEGAL_MONTH_MINUTES, updateMinutes: SPAIN_LEGAL_MONTH_MINUTES });

    await applySlaPreset({ actor: m, input: { preset: 'defaults' } });
    expect(await listSlaPolicies(m)).toEqual((['urgent', 'high', 'normal', 'low'] as const).map((priority) => ({ priority, ...DEFAULT_SLA[priority] })));
    const presets = await getDb().select({ reason: auditLog.reason }).from(auditLog).where(eq(auditLog.action, 'complaint_settings.sla_preset'));
    expect(presets.map((r) => r.reason)).toEqual(['spain_legal_month', 'defaults']);
    expect(await auditCount()).toBe(audits + 2);
    await expect(applySlaPreset({ actor: m, input: { preset: 'usa' as never } })).rejects.toMatchObject({ fieldErrors: { preset: ['errors.invalidField'] } });
  });

  it('reads a priority without a saved row as its default', async () => {
    const m = await manager();
    await getDb().delete(slaPolicies).where(eq(slaPolicies.priority, 'normal'));
    expect((await listSlaPolicies(m))[2]).toEqual({ priority: 'normal', ...DEFAULT_SLA.normal });
    await updateSlaPolicy({ actor: m, input: { priority: 'normal', firstResponseValue: 1, firstResponseUnit: 'days', updateValue: 2, updateUnit: 'days', resolutionValue: 5, resolutionUnit: 'days' } });
    expect((await listSlaPolicies(m))[2]).toMatchObject({ resolutionMinutes: 5 * 1440 });
  });
});

describe('board settings', () => {
  it('a manager makes the board public and sets the confirmation window', async () => {
    const m = await manager();
    expect(await getBoardSettings()).toEqual({ boardPublic: false, confirmationDays: 7 });
    const audits = await auditCount();
    await updateBoardSettings({ actor: m, input: { boardPublic: 'on', confirmationDays: '14' } });
    expect(await getBoardSettings()).toEqual({ boardPublic: true, confirmationDays: 14 });
    // An unticked box sends nothing: the board goes private again.
    await updateBoardSettings({ actor: m, input: { confirmationDays: 30 } });
    expect(await getBoardSettings()).toEqual({ boardPublic: false, confirmationDays: 30 });
    expect(await auditCount()).toBe(audits + 2);

    const before = await snapshot();
    for (const days of ['0', '31', '2.5', '', 'siete']) {
      await expect(updateBoardSettings({ actor: m, input: { boardPublic: 'on', confirmationDays: days } })).rejects.toMatchObject({
        fieldErrors: { confirmationDays: ['complaintSettings.errors.confirmationDays'] },
      });
    }
    expect(await snapshot()).toBe(before);
    await updateBoardSettings({ actor: m, input: { confirmationDays: 1 } });
    expect((await getBoardSettings()).confirmationDays).toBe(1);
  });
});

describe('response templates', () => {
  it('a manager creates, edits, reorders and deletes templates, each step audited', async () => {
    const m = await manager();
    const audits = await auditCount();
    const a = await createResponseTemplate({ actor: m, input: { title: 'Avería', bodyMd: 'Hola, {member}. Lo sentimos.' } });
    const b = await createResponseTemplate({ actor: m, input: { title: 'Cobro duplicado', bodyMd: 'Hola, {member}. Soy {staff}.' } });
    expect((await listTemplates(m)).map((t) => t.id).slice(-2)).toEqual([a.id, b.id]);
    await moveResponseTemplate({ actor: m, input: { id: b.id, direction: 'up' } });
    expect((await listTemplates(m)).map((t) => t.id).slice(-2)).toEqual([b.id, a.id]);
    await updateResponseTemplate({ actor: m, input: { id: a.id, title: 'Avería en {branch}', bodyMd: 'Nuevo texto' } });
    expect((await listTemplates(m)).find((t) => t.id === a.id)).toMatchObject({ title: 'Avería en {branch}', bodyMd: 'Nuevo texto' });
    await deleteResponseTemplate({ actor: m, input: { id: a.id } });
    expect((await listTemplates(m)).map((t) => t.id)).not.toContain(a.id);
    expect(await auditCount()).toBe(audits + 5);
    await expect(deleteResponseTemplate({ actor: m, input: { id: a.id } })).rejects.toBeInstanceOf(NotFound);
    await expect(updateResponseTemplate({ actor: m, input: { id: a.id, title: 'x', bodyMd: 'y' } })).rejects.toBeInstanceOf(NotFound);
    expect(await auditCount()).toBe(audits + 5);
  });

  it('needs a title of at most 100 characters and a body of at most 5000', async () => {
    const m = await manager();
    const { id } = await createResponseTemplate({ actor: m, input: { title: 'Válida', bodyMd: 'Texto' } });
    const before = await snapshot();
    await expect(createResponseTemplate({ actor: m, input: { title: ' ', bodyMd: '' } })).rejects.toMatchObject({ fieldErrors: { title: ['errors.required'], bodyMd: ['errors.required'] } });
    await expect(createResponseTemplate({ actor: m, input: { title: 'x'.repeat(101), bodyMd: 'x'.repeat(5001) } })).rejects.toMatchObject({
      fieldErrors: { title: ['errors.tooLong'], bodyMd: ['errors.tooLong'] },
    });
    await expect(updateResponseTemplate({ actor: m, input: { id, title: '', bodyMd: 'Texto' } })).rejects.toMatchObject({ fieldErrors: { title: ['errors.required'] } });
    expect(await snapshot()).toBe(before);
  });

  it('a double submit creates one template', async () => {
    const m = await manager();
    const input = { title: unique('Plantilla'), bodyMd: 'Gracias, {member}.', idempotencyKey: 'template-key-1' };
    const count = async () => (await listTemplates(m)).filter((t) => t.title === input.title).length;
    const [x, y] = await Promise.all([createResponseTemplate({ actor: m, input }), createResponseTemplate({ actor: m, input })]);
    expect(x.id).toBe(y.id);
    expect(await count()).toBe(1);
    // A new form (a new key) is a new template, even with the same words.
    await createResponseTemplate({ actor: m, input: { ...input, idempotencyKey: 'template-key-2' } });
    expect(await count()).toBe(2);
  });
});

describe('only managers change complaint settings', () => {
  it('refuses staff and members on every verb, changing and auditing nothing', async () => {
    const m = await manager();
    const { id: categoryId } = await createListEntry({ actor: m, input: { list: 'category', name: unique('Intocable') } });
    const { id: teamId } = await createListEntry({ actor: m, input: { list: 'team', name: unique('Equipo') } });
    const { id: templateId } = await createResponseTemplate({ actor: m, input: { title: 'Intocable', bodyMd: 'Texto' } });
    const laura = await createUser('staff');
    const calls = [
      (actor: never) => createListEntry({ actor, input: { list: 'category', name: unique('Nueva') } }),
      (actor: never) => renameListEntry({ actor, input: { list: 'category', id: categoryId, name: 'Otra' } }),
      (actor: never) => moveListEntry({ actor, input: { list: 'category', id: categoryId, direction: 'up' } }),
      (actor: never) => setListEntryArchived({ actor, input: { list: 'category', id: categoryId, archived: true } }),
      (actor: never) => addTeamMember({ actor, input: { teamId, userId: laura.id } }),
      (actor: never) => removeTeamMember({ actor, input: { teamId, userId: laura.id } }),
      (actor: never) => updateSlaPolicy({ actor, input: { priority: 'low', firstResponseValue: 1, updateValue: 1, resolutionValue: 1 } }),
      (actor: never) => applySlaPreset({ actor, input: { preset: 'spain_legal_month' } }),
      (actor: never) => updateBoardSettings({ actor, input: { boardPublic: true, confirmationDays: 3 } }),
      (actor: never) => createResponseTemplate({ actor, input: { title: 'x', bodyMd: 'y' } }),
      (actor: never) => updateResponseTemplate({ actor, input: { id: templateId, title: 'x', bodyMd: 'y' } }),
      (actor: never) => moveResponseTemplate({ actor, input: { id: templateId, direction: 'up' } }),
      (actor: never) => deleteResponseTemplate({ actor, input: { id: templateId } }),
    ];
    const suspended = actorOf(await createUser('manager', { status: 'suspended', statusUntil: new Date(Date.now() + 86_400_000) }));
    const before = await snapshot();
    for (const actor of [actorOf(laura), actorOf(await createUser('member')), suspended]) {
      for (const call of calls) await expect(call(actor as never)).rejects.toBeInstanceOf(Forbidden);
      // Refused before the input is even read: bad input from them is still a 403, not field errors.
      await expect(createListEntry({ actor, input: { list: 'category', name: '' } })).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await snapshot()).toBe(before);
    await expect(listStaffPeople(actorOf(laura))).rejects.toBeInstanceOf(Forbidden);
    await expect(listSlaPolicies(actorOf(await createUser('member')))).rejects.toBeInstanceOf(Forbidden);
    await expect(listTemplates(actorOf(await createUser('member')))).rejects.toBeInstanceOf(Forbidden);
  });
});
