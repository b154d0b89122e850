import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, groupMembers, groups, invitations, mailOutbox, rosterEntries, rosterImports, users } from '@/db/schema';
import { Forbidden, Invalid } from '@/lib/errors';
import { toCsv } from '@/lib/export/csv';
import { redeemInvitation } from '@/lib/invitations/redeem';
import { listPendingJoinRequests } from '@/lib/join-requests/queries';
import { submitJoinRequest } from '@/lib/join-requests/submit';
import { unseal } from '@/lib/mail/sealed';
import type { Actor } from '@/lib/policy';
import { commitRoster } from '@/lib/roster/commit';
import { MAX_ROSTER_BYTES, MAX_ROSTER_ROWS } from '@/lib/roster/file';
import { mapRosterColumns } from '@/lib/roster/map';
import { refusedRowsSheet, rosterImportProgress, rosterImportReport } from '@/lib/roster/queries';
import { runRosterImports } from '@/lib/roster/run';
import { uploadRoster } from '@/lib/roster/upload';
import { actorOf, createUser } from '../factories';

const manager = async () => actorOf(await createUser('manager'));
/** A domain of its own per test, so tests sharing the file's database never see each other's people. */
const domain = () => `${randomUUID().slice(0, 8)}.example`;

async function group(name: string) {
  const [g] = await getDb().insert(groups).values({ slug: `${name.toLowerCase()}-${randomUUID().slice(0, 6)}`, name }).returning();
  return g!;
}

async function upload(actor: Actor, csv: string | Uint8Array) {
  const input = typeof csv === 'string' ? { text: csv } : { file: [csv as Uint8Array<ArrayBuffer>], fileName: 'socios.csv' };
  return (await uploadRoster({ actor, input })).importId;
}

async function importAll(actor: Actor, csv: string) {
  const importId = await upload(actor, csv);
  const dry = await rosterImportReport(actor, importId);
  await commitRoster({ actor, input: { importId } });
  await runRosterImports();
  return { importId, dry, done: await rosterImportReport(actor, importId) };
}

const rosterCount = async () => (await getDb().select({ id: rosterEntries.id }).from(rosterEntries)).length;
const userCount = async () => (await getDb().select({ id: users.id }).from(users)).length;

describe('roster import: reading the file', () => {
  it('reads a Spanish Excel file (Windows-1252, ";") and guesses the Spanish header', async () => {
    const actor = await manager();
    const d = domain();
    await group('Fútbol');
    const text = `Nombre;Correo electrónico;Nº de socio;Idioma;Grupos;Socio desde\r\nMaría Núñez;maria@${d};A-1;es;Fútbol;15/09/2007\r\n`;
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    const report = await rosterImportReport(actor, await upload(actor, bytes));
    expect(report).toMatchObject({ encoding: 'windows-1252', separator: ';', header: ['Nombre', 'Correo electrónico', 'Nº de socio', 'Idioma', 'Grupos', 'Socio desde'] });
    expect(report.mapping).toMatchObject({ name: 0, email: 1, number: 2, language: 3, groups: 4, memberSince: 5, role: null, birthDate: null });
    expect(report.counts).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 0 });
  });

  it('reads UTF-8 with "," and an English header, quoted cells included', async () => {
    const actor = await manager();
    const d = domain();
    const csv = `\uFEFFName,E-mail,Membership number,Language,Date of birth\n"Smith, John",john@${d},B-1,English,2015-06-01\n`;
    const report = await rosterImportReport(actor, await upload(actor, new Uint8Array(Buffer.from(csv, 'utf8'))));
    expect(report).toMatchObject({ encoding: 'utf-8', separator: ',' });
    expect(report.mapping).toMatchObject({ name: 0, email: 1, number: 2, language: 3, birthDate: 4 });
    expect(report.counts.created).toBe(1);
  });

  it('refuses a file over the row limit, one over the size limit and a binary file named .csv, writing nothing', async () => {
    const actor = await manager();
    const before = (await getDb().select({ id: rosterImports.id }).from(rosterImports)).length;
    const long = `nombre;correo\n${'Ana Ruiz;ana@x.example\n'.repeat(MAX_ROSTER_ROWS + 1)}`;
    await expect(upload(actor, long)).rejects.toMatchObject({ fieldErrors: { file: ['roster.errors.tooManyRows'] } });
    const big = new Uint8Array(MAX_ROSTER_BYTES + 1).fill(0x61);
    await expect(upload(actor, big)).rejects.toMatchObject({ fieldErrors: { file: ['roster.errors.tooBig'] } });
    // What an .xlsx is: a zip archive, full of NUL bytes.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, ...Array(200).fill(0)]);
    await expect(upload(actor, zip)).rejects.toMatchObject({ fieldErrors: { file: ['roster.errors.notText'] } });
    expect((await getDb().select({ id: rosterImports.id }).from(rosterImports)).length).toBe(before);
  });
});

describe('roster import: dry run', () => {
  it('counts what would happen and lists each refused row with its line and reason, writing nothing', async () => {
    const actor = await manager();
    const d = domain();
    await group('Gimnasio');
    const existing = await createUser('member', { email: `old@${d}`, membershipNumber: 'C-9', displayName: 'Old Name' });
    await createUser('member', { email: `other@${d}`, membershipNumber: 'C-8' });
    const csv = [
      'nombre;correo;numero de socio;grupos;rol;socio desde',
      `Ana Uno;ana@${d};C-1;Gimnasio;socio;01/02/2010`,
      `Ana Dos;no-es-un-correo;C-2;;;`,
      `Ana Tres;ana@${d};C-3;;;`,
      `Ana Cuatro;cuatro@${d};C-4;Ajedrez;;`,
      `Ana Cinco;cinco@${d};C-5;;capitana;`,
      `Ana Seis;other@${d};C-6;;;`,
      `New Name;OLD@${d};C-9;Gimnasio;;`,
      `Ana Siete;siete@${d};C-7;;;31/02/2010`,
    ].join('\n');
    const users0 = await userCount();
    const roster0 = await rosterCount();
    const importId = await upload(actor, csv);
    const report = await rosterImportReport(actor, importId);
    expect(report.counts).toEqual({ created: 1, updated: 1, unchanged: 0, refused: 6 });
    expect(report.refused.map((r) => [r.line, r.reason])).toEqual([
      [3, 'badEmail'],
      [4, 'duplicate'],
      [5, 'unknownGroup'],
      [6, 'unknownRole'],
      [7, 'otherNumber'],
      [9, 'badDate'],
    ]);
    expect(await userCount()).toBe(users0);
    expect(await rosterCount()).toBe(roster0);
    expect((await getDb().select().from(users).where(eq(users.id, existing.id)))[0]!.displayName).toBe('Old Name');

    // The refused rows as the manager downloads them: line, reason, then the row as it was.
    const sheet = await refusedRowsSheet(actor, importId, 'es');
    expect(sheet.rows[0]).toEqual([3, 'El correo no es válido.', 'Ana Dos', 'no-es-un-correo', 'C-2', '', '', '']);
  });

  it('follows the mapping the manager corrects, and refuses a mapping without the e-mail', async () => {
    const actor = await manager();
    const d = domain();
    const importId = await upload(actor, `col1;col2\nLuis Gil;luis@${d}\n`);
    expect((await rosterImportReport(actor, importId)).counts.refused).toBe(1);
    await expect(mapRosterColumns({ actor, input: { importId, name: '0', email: '' } })).rejects.toMatchObject({ fieldErrors: { email: ['roster.errors.columnRequired'] } });
    await mapRosterColumns({ actor, input: { importId, name: '0', email: '1' } });
    expect((await rosterImportReport(actor, importId)).counts).toMatchObject({ created: 1, refused: 0 });
  });
});

describe('roster import: commit', () => {
  it('creates roster rows with an invitation each, updates existing members, audits counts only, and a re-import changes nothing', async () => {
    const actor = await manager();
    const d = domain();
    const futbol = await group('Futbol');
    const bystander = await createUser('member', { email: `bystander@${d}` });
    const existing = await createUser('member', { email: `eva@${d}`, displayName: 'Eva Antigua' });
    const csv = [
      'name;email;membership number;language;groups;member since;date of birth',
      `Eva Nueva;eva@${d};E-1;;Futbol;2001-05-01;`,
      `Ian Smith;ian@${d};E-2;en;Futbol;2019-01-01;2014-03-02`,
      `Sol Vega;sol@${d};E-3;es;;;`,
    ].join('\n');
    const { importId, dry, done } = await importAll(actor, csv);
    expect(dry.counts).toEqual({ created: 2, updated: 1, unchanged: 0, refused: 0 });
    expect(done).toMatchObject({ status: 'done', processed: 3, counts: { created: 2, updated: 1, unchanged: 0, refused: 0 } });

    const [eva] = await getDb().select().from(users).where(eq(users.id, existing.id));
    expect(eva).toMatchObject({ displayName: 'Eva Nueva', membershipNumber: 'E-1' });
    expect(eva!.memberSince?.toISOString().slice(0, 10)).toBe('2001-05-01');
    expect(await getDb().select().from(groupMembers).where(and(eq(groupMembers.userId, existing.id), eq(groupMembers.groupId, futbol.id)))).toHaveLength(1);

    const entries = await getDb().select().from(rosterEntries).where(eq(rosterEntries.createdImportId, importId));
    expect(entries.map((e) => e.email).sort()).toEqual([`ian@${d}`, `sol@${d}`]);
    const mails = await getDb().select().from(mailOutbox).where(inArray(mailOutbox.toAddress, [`ian@${d}`, `sol@${d}`]));
    expect(mails.map((m) => [m.toAddress, m.category, unseal(m.sealedValues!).locale]).sort()).toEqual([
      [`ian@${d}`, 'invitation', 'en'],
      [`sol@${d}`, 'invitation', 'es'],
    ]);
    expect((await rosterImportProgress(actor, importId)).mail).toEqual({ sent: 0, pending: 2, bounced: 0 });

    // The audit log has counts, never a name or an address.
    const audit = await getDb().select().from(auditLog).where(eq(auditLog.targetId, importId));
    expect(audit.map((a) => a.action).sort()).toEqual(['roster.import_finished', 'roster.import_started']);
    expect(JSON.stringify(audit)).not.toContain(d);
    expect(audit.find((a) => a.action === 'roster.import_finished')!.after).toMatchObject({ rows: 3, created: 2, updated: 1, refused: 0 });

    // The same file again: nothing to do, no second invitation.
    const again = await importAll(actor, csv);
    expect(again.done.counts).toEqual({ created: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(await getDb().select().from(mailOutbox).where(inArray(mailOutbox.toAddress, [`ian@${d}`, `sol@${d}`]))).toHaveLength(2);

    // A changed file updates those people and says so; whoever is not in it stays.
    const changed = await importAll(actor, csv.replace('Sol Vega', 'Sol Vega Ruiz').replace(`Eva Nueva;eva@${d};E-1;;Futbol`, `Eva Nueva;eva@${d};E-1;;Futbol`));
    expect(changed.done.counts).toEqual({ created: 0, updated: 1, unchanged: 2, refused: 0 });
    const [sol] = await getDb().select().from(rosterEntries).where(eq(rosterEntries.email, `sol@${d}`));
    expect(sol!.displayName).toBe('Sol Vega Ruiz');
    expect(await getDb().select().from(users).where(eq(users.id, bystander.id))).toHaveLength(1);
  });

  it('queues a draft once however often it is committed', async () => {
    const actor = await manager();
    const importId = await upload(actor, `nombre;correo\nRita Sol;rita@${domain()}\n`);
    const [a, b] = await Promise.all([commitRoster({ actor, input: { importId } }), commitRoster({ actor, input: { importId } })]);
    expect([a.started, b.started].sort()).toEqual([false, true]);
    expect(await getDb().select().from(auditLog).where(and(eq(auditLog.targetId, importId), eq(auditLog.action, 'roster.import_started')))).toHaveLength(1);
    await runRosterImports();
    expect((await rosterImportProgress(actor, importId)).status).toBe('done');
  });

  it('goes on past a row that fails to save, and counts it refused', async () => {
    const actor = await manager();
    const d = domain();
    // A roster row already linked to an account whose address has changed since: the new row's insert collides.
    const moved = await createUser('member', { email: `moved-now@${d}` });
    await getDb().insert(rosterEntries).values({ email: `moved@${d}`, displayName: 'Moved', userId: moved.id });
    const { done } = await importAll(actor, `nombre;correo\nUno Bien;uno@${d}\nMoved Person;moved@${d}\nDos Bien;dos@${d}\n`);
    expect(done.counts).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 1 });
    expect(done.refused).toEqual([{ line: 3, reason: 'failed', cells: ['Moved Person', `moved@${d}`] }]);
  });

  it('imports more rows than one batch', async () => {
    const actor = await manager();
    const d = domain();
    const rows = Array.from({ length: 600 }, (_, i) => `Persona ${i};p${i}@${d};N${d}-${i}`);
    const { done } = await importAll(actor, `nombre;correo;socio\n${rows.join('\n')}`);
    expect(done.counts).toEqual({ created: 600, updated: 0, unchanged: 0, refused: 0 });
    expect(await getDb().select({ id: invitations.id }).from(invitations).where(inArray(invitations.email, [`p0@${d}`, `p599@${d}`]))).toHaveLength(2);
  });
});

describe('roster import: bad input', () => {
  it('keeps formula cells as text and defuses them in the refused-rows download', async () => {
    const actor = await manager();
    const d = domain();
    const csv = `nombre;correo;grupos\n"=HYPERLINK(""http://x.example"",""y"")";f1@${d};\n"=HYPERLINK(""http://x.example"",""y"")";f2@${d};=1+1\n`;
    const { importId, done } = await importAll(actor, csv);
    expect(done.counts).toMatchObject({ created: 1, refused: 1 });
    const [entry] = await getDb().select().from(rosterEntries).where(eq(rosterEntries.email, `f1@${d}`));
    expect(entry!.displayName).toBe('=HYPERLINK("http://x.example","y")');
    const out = toCsv(await refusedRowsSheet(actor, importId, 'es'));
    expect(out).toContain(`"'=HYPERLINK(""http://x.example"",""y"")"`);
    expect(out).toContain(`'=1+1`);
    expect(out).not.toMatch(/;=|^=/m);
  });

  it('treats an e-mail differing only in case as the same person, and refuses a Unicode look-alike', async () => {
    const actor = await manager();
    const d = domain();
    const maria = await createUser('member', { email: `maria@${d}`, displayName: 'María Sanz' });
    const users0 = await userCount();
    const cyrillicA = '\u0430';
    const { done } = await importAll(actor, `nombre;correo\nMaría Sanz;MARIA@${d.toUpperCase()}\nMaría Falsa;m${cyrillicA}ria@${d}\n`);
    expect(done.counts).toEqual({ created: 0, updated: 0, unchanged: 1, refused: 1 });
    expect(done.refused[0]).toMatchObject({ line: 3, reason: 'lookalike' });
    expect(await userCount()).toBe(users0);
    expect(await getDb().select().from(rosterEntries).where(eq(rosterEntries.email, `maria@${d}`))).toHaveLength(0);
    void maria;
  });

  it('refuses a staff member (not a manager) with 403, changing nothing', async () => {
    const boss = await manager();
    const staff = actorOf(await createUser('staff'));
    const csv = `nombre;correo\nPepe Pérez;pepe@${domain()}\n`;
    const before = (await getDb().select({ id: rosterImports.id }).from(rosterImports)).length;
    await expect(upload(staff, csv)).rejects.toThrow(Forbidden);
    expect((await getDb().select({ id: rosterImports.id }).from(rosterImports)).length).toBe(before);
    const importId = await upload(boss, csv);
    await expect(commitRoster({ actor: staff, input: { importId } })).rejects.toThrow(Forbidden);
    await expect(mapRosterColumns({ actor: staff, input: { importId, name: '1', email: '0' } })).rejects.toThrow(Forbidden);
    await expect(rosterImportReport(staff, importId)).rejects.toThrow(Forbidden);
    const [row] = await getDb().select().from(rosterImports).where(eq(rosterImports.id, importId));
    expect(row).toMatchObject({ status: 'draft', mapping: { name: 0, email: 1 } });
  });

  it('refuses an empty upload with a field error', async () => {
    await expect(uploadRoster({ actor: await manager(), input: { text: '  ' } })).rejects.toThrow(Invalid);
  });
});

describe('roster and joining', () => {
  it('an imported member redeems the invitation and the account takes the roster row', async () => {
    const actor = await manager();
    const d = domain();
    const g = await group('Torneos');
    await importAll(actor, `nombre;correo;socio;grupos;socio desde;fecha de nacimiento;cargo\nLeo Roca;leo@${d};L-1;Torneos;2005-01-01;2013-02-03;\n`);
    const [mail] = await getDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, `leo@${d}`));
    const code = String(unseal(mail!.sealedValues!).code);
    const { userId } = await redeemInvitation({ actor: null, input: { code, email: `leo@${d}`, displayName: 'Leo Roca', password: 'una contraseña larga', locale: 'es', ip: 'roster-1' } });
    const [leo] = await getDb().select().from(users).where(eq(users.id, userId));
    expect(leo).toMatchObject({ membershipNumber: 'L-1' });
    expect(leo!.memberSince?.toISOString().slice(0, 10)).toBe('2005-01-01');
    expect(leo!.birthDate?.toISOString().slice(0, 10)).toBe('2013-02-03');
    expect(await getDb().select().from(groupMembers).where(and(eq(groupMembers.userId, userId), eq(groupMembers.groupId, g.id)))).toHaveLength(1);
    expect((await getDb().select().from(rosterEntries).where(eq(rosterEntries.email, `leo@${d}`)))[0]!.userId).toBe(userId);
  });

  it('approves at once a join request whose number and e-mail are in the roster; shows staff a number held by another e-mail', async () => {
    const actor = await manager();
    const staff = actorOf(await createUser('staff'));
    const d = domain();
    await importAll(actor, `nombre;correo;socio\nJon Ruiz;jon@${d};J-${d}\n`);
    const ask = (email: string, ip: string) => submitJoinRequest({ actor: null, input: { email, displayName: 'Jon Ruiz', membershipNumber: `J-${d}`, message: '', password: 'contraseña de jon', locale: 'es', ip } });
    await ask(`jon@${d}`, 'roster-2');
    const [jon] = await getDb().select().from(users).where(eq(users.email, `jon@${d}`));
    expect(jon).toMatchObject({ membershipNumber: `J-${d}`, role: 'member', status: 'active' });
    expect((await listPendingJoinRequests(staff)).filter((r) => r.email === `jon@${d}`)).toHaveLength(0);

    await ask(`otro@${d}`, 'roster-3');
    const [other] = (await listPendingJoinRequests(staff)).filter((r) => r.email === `otro@${d}`);
    expect(other).toMatchObject({ numberElsewhere: true });
    expect(await getDb().select().from(users).where(eq(users.email, `otro@${d}`))).toHaveLength(0);
  });
});
