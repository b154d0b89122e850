import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, uniqueEmail, url, visit } from './support/app';
import { switchLanguage } from './support/community';

const people = browsers();
const PASSWORD = 'una-clave-bien-larga-2026';

/** The invitation link of the mail the server wrote for this address (quoted-printable folded back). */
async function invitationLink(address: string): Promise<string> {
  const dir = path.join(inject('dataDir'), 'mail');
  let link: string | undefined;
  await expect
    .poll(
      () => {
        for (const f of existsSync(dir) ? readdirSync(dir) : []) {
          const raw = readFileSync(path.join(dir, f), 'utf8');
          if (!raw.includes(address)) continue;
          const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
          link = /https?:\/\/[^\s"<>]+\/join\/[A-Z0-9-]+/.exec(text)?.[0];
          if (link) return true;
        }
        return false;
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(true);
  return link!;
}

describe('roster import', () => {
  it('a manager imports a roster (dry run, fix, commit, progress) and an imported member joins from the invitation', async () => {
    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/admin/members');
    await main(marta).getByRole('link', { name: 'Importar socios desde un archivo' }).click();
    await marta.waitForURL('**/admin/members/import');
    expect(await heading(marta)).toBe('Importar socios');
    await expectAccessible(marta, 'roster import, empty');

    const nuria = uniqueEmail('nuria-roster');
    const tomas = uniqueEmail('tomas-roster');
    const stamp = Date.now() % 1_000_000;
    const file = (group: string) => `Nombre;Correo electrónico;Nº de socio;Grupos;Socio desde\nNuria Campos;${nuria};RI-${stamp};Fútbol;15/09/2005\nTomás Lara;${tomas};RJ-${stamp};${group};\n`;
    await marta.getByLabel('Pega aquí las filas, con la cabecera').fill(file('Ajedrez'));
    await main(marta).getByRole('button', { name: 'Leer el archivo' }).click();
    await marta.waitForURL((u) => u.searchParams.has('id'));
    const dryRun = main(marta).locator('[data-testid=roster-dry-run]');
    await expect.poll(() => dryRun.textContent()).toContain('1 alta nueva');
    expect(await dryRun.textContent()).toContain('1 fila rechazada');
    const refused = main(marta).getByRole('table', { name: 'Filas rechazadas, con su línea en el archivo y el motivo' });
    expect(await refused.locator('tbody tr').first().textContent()).toContain('Un grupo que no existe en la comunidad.');
    expect(await refused.locator('tbody td').first().textContent()).toBe('3');
    // The guessed columns, shown for correction.
    expect(await main(marta).getByLabel('Número de socio').inputValue()).toBe('2');
    expect(await main(marta).getByLabel('Cargo').inputValue()).toBe('');
    await expectAccessible(marta, 'roster dry run with a refused row');

    // The refused rows download as CSV.
    const download = await marta.request.get(url(`/admin/members/import/${new URL(marta.url()).searchParams.get('id')}/refused`));
    expect(download.headers()['content-type']).toContain('text/csv');
    expect(await download.text()).toContain('Ajedrez');

    // Fixed and uploaded again: both rows go in.
    await main(marta).getByRole('link', { name: 'Importar otro archivo' }).click();
    await marta.waitForURL((u) => !u.searchParams.has('id'));
    await marta.getByLabel('Pega aquí las filas, con la cabecera').fill(file('Gimnasio'));
    await main(marta).getByRole('button', { name: 'Leer el archivo' }).click();
    await marta.waitForURL((u) => u.searchParams.has('id'));
    await expect.poll(() => main(marta).locator('[data-testid=roster-dry-run]').textContent()).toContain('2 altas nuevas');
    await main(marta).getByText('Ninguna fila rechazada.').waitFor();
    await main(marta).getByRole('button', { name: 'Importar 2 filas' }).click();
    const status = main(marta).getByRole('status').filter({ hasText: /Importación terminada|Importando|En cola/ });
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Importación terminada: 2 filas.');
    expect(await main(marta).getByRole('progressbar', { name: 'Progreso de la importación' }).getAttribute('aria-valuenow')).toBe('100');
    await expectAccessible(marta, 'roster import finished');
    // A reload shows the same import, finished.
    await marta.reload();
    await expect.poll(() => main(marta).getByRole('status').filter({ hasText: 'Importación terminada' }).count()).toBe(1);
    await expect.poll(() => main(marta).locator('[data-testid=roster-mail]').textContent(), { timeout: 30_000 }).toMatch(/Invitaciones: [12] enviadas/);
    const importPath = `${new URL(marta.url()).pathname}${new URL(marta.url()).search}`;

    // The same page on a phone, in English.
    const phone = await people.open('marta phone', { viewport: 'phone' });
    await signIn(phone, ACCOUNTS.manager);
    await visit(phone, importPath);
    await switchLanguage(phone, 'English', 'en');
    expect(await heading(phone)).toBe('Import members');
    await main(phone).getByText('Import finished: 2 rows.').waitFor();
    await expectAccessible(phone, 'roster import finished (phone, English)');
    await visit(phone, '/admin/members/import');
    await main(phone).getByRole('button', { name: 'Read the file' }).waitFor();
    await expectAccessible(phone, 'roster import, empty (phone, English)');
    await switchLanguage(phone, 'Español', 'es');

    // Nuria gets her invitation and joins; her account carries the roster's number.
    const link = await invitationLink(nuria);
    const visitor = await people.open('nuria', { viewport: 'phone' });
    await visit(visitor, new URL(link).pathname);
    expect(await heading(visitor)).toBe('Tu invitación');
    await visitor.getByLabel('Nombre y apellidos').fill('Nuria Campos');
    // A personal invitation: the address is the roster's, shown and not editable.
    expect(await visitor.getByLabel('Correo electrónico').inputValue()).toBe(nuria);
    await visitor.getByLabel('Contraseña').fill(PASSWORD);
    await main(visitor).getByRole('button', { name: 'Crear mi cuenta' }).click();
    await main(visitor).getByRole('status').filter({ hasText: '¡Bienvenido!' }).waitFor();
    await main(visitor).getByRole('link', { name: 'Entrar' }).click();
    await visitor.waitForURL((u) => u.pathname === '/sign-in');
    await signIn(visitor, nuria, { password: PASSWORD });
    await expect.poll(() => heading(visitor)).toBe('Hola, Nuria');
    await expectAccessible(visitor, 'imported member at home');

    await visit(marta, `/admin/members?q=${encodeURIComponent('Nuria Campos')}`);
    await expect.poll(() => main(marta).getByText(`RI-${stamp}`).count()).toBeGreaterThan(0);
  });

  it('keeps staff who are not managers out', async () => {
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    const res = await visit(laura, '/admin/members/import', { axe: false });
    expect(res?.status()).toBe(403);
  });
});
