import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, uniqueEmail, url, visit } from './support/app';
import { QUIET_MEMBERS, stamp, startThread, switchLanguage } from './support/community';

const people = browsers();
const PASSWORD = 'una-clave-bien-larga-2026';

/** A new member through a staff invitation: erasing one of the demo's would change other files' scenes. */
async function newMember(name: string): Promise<{ page: Page; email: string }> {
  const laura = await people.open('laura-invites');
  await signIn(laura, ACCOUNTS.staff);
  await visit(laura, '/staff', { axe: false });
  await laura.getByLabel('Nota interna (opcional)').fill(`e2e privacidad ${stamp()}`);
  await main(laura).getByRole('button', { name: 'Crear invitación' }).click();
  const codeEl = laura.locator('[data-testid=invitation-code]');
  await codeEl.waitFor();
  const code = (await codeEl.textContent())?.trim() ?? '';
  await people.close(laura);
  const email = uniqueEmail('irene');
  const page = await people.open('irene', { viewport: 'phone' });
  await visit(page, `/join/${code}`, { axe: false });
  await page.getByLabel('Nombre y apellidos').fill(name);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(PASSWORD);
  await main(page).getByRole('button', { name: 'Crear mi cuenta' }).click();
  await main(page).getByRole('status').waitFor();
  await signIn(page, email, { password: PASSWORD });
  return { page, email };
}

describe('privacy', () => {
  it('a member asks for her data, is told when it is ready, downloads the ZIP and opens it; nobody else can', async () => {
    const sara = await people.open('sara');
    await signIn(sara, QUIET_MEMBERS.sara.email);
    await visit(sara, '/settings');
    await main(sara).getByRole('link', { name: 'Ir a privacidad' }).click();
    await sara.waitForURL((u) => u.pathname === '/settings/privacy');
    expect(await heading(sara)).toBe('Privacidad y tus datos');
    await expectAccessible(sara, 'privacy before asking');

    const ask = main(sara).getByRole('button', { name: 'Preparar mis datos' });
    // A rerun on the same server the same day finds the first request and the one-a-day rule.
    if ((await ask.count()) > 0) {
      await ask.click();
      await main(sara).getByText('Lo estamos preparando').waitFor();
    }
    const download = main(sara).getByRole('link', { name: /^Descargar ZIP/ });
    await expect
      .poll(
        async () => {
          await sara.reload();
          return download.count();
        },
        { timeout: 45_000, interval: 1_000 },
      )
      .toBe(1);
    expect(await main(sara).getByRole('button', { name: 'Preparar mis datos' }).count()).toBe(0);
    expect(await main(sara).getByText('Ya has pedido tus datos hoy').count()).toBe(1);
    await expectAccessible(sara, 'privacy with a ZIP ready');

    const href = (await download.getAttribute('href'))!;
    const res = await sara.request.get(url(href));
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(await res.body()));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['LEEME.txt', 'account.json', 'posts.json', 'complaints.json', 'staffFollowUp.json']));
    expect(JSON.parse(strFromU8(zip['account.json']!))).toMatchObject({ email: QUIET_MEMBERS.sara.email, displayName: QUIET_MEMBERS.sara.name });
    expect(strFromU8(zip['LEEME.txt']!)).toContain('Tus datos en la comunidad');

    // The bell told her.
    await visit(sara, '/notifications');
    expect(await main(sara).getByText('Tus datos están listos para descargar durante 7 días').count()).toBeGreaterThan(0);

    // Someone else's link, signed in or not, is not found.
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    expect((await ana.request.get(url(href))).status()).toBe(404);
    const visitor = await people.open('visitor');
    expect((await visitor.request.get(url(href), { maxRedirects: 0 })).status()).not.toBe(200);

    // In English, on a phone as well.
    const phone = await people.open('sara-phone', { viewport: 'phone' });
    await signIn(phone, QUIET_MEMBERS.sara.email);
    await visit(phone, '/settings/privacy');
    await switchLanguage(phone, 'English', 'en');
    expect(await heading(phone)).toBe('Privacy and your data');
    expect(await main(phone).getByRole('link', { name: /^Download ZIP/ }).count()).toBe(1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(phone, 'privacy in English on a phone');
    await switchLanguage(phone, 'Español', 'es');
  });

  it('a member erases her account; after the grace the thread shows "Socio anónimo" and she cannot sign in', async () => {
    const name = `Irene Saldaña ${stamp()}`;
    const { page: irene, email } = await newMember(name);
    await visit(irene, '/groups/futbol', { axe: false });
    const join = main(irene).getByRole('button', { name: 'Unirme' });
    if ((await join.count()) > 0) await join.click();
    await main(irene).getByRole('button', { name: 'Salir del grupo' }).waitFor();
    const title = `Entreno del jueves ${stamp()}`;
    const threadUrl = await startThread(irene, 'futbol', { title, body: `Soy ${name} y llevo los balones.` });

    await visit(irene, '/settings/privacy');
    expect(await main(irene).locator('input[name=mode][value=anonymise]').isChecked()).toBe(true);
    // Without the confirmation: refused next to the box, the choice kept.
    await main(irene).locator('input[name=mode][value=delete_content]').check();
    await main(irene).getByRole('button', { name: 'Pedir el borrado de mi cuenta' }).click();
    await main(irene).getByText('Marca la casilla para confirmar.').waitFor();
    expect(await main(irene).locator('input[name=mode][value=delete_content]').isChecked()).toBe(true);
    await expectAccessible(irene, 'erasure refused without confirmation');
    await main(irene).locator('input[name=mode][value=anonymise]').check();
    await main(irene).getByLabel('Entiendo que, pasados los 14 días, no se puede deshacer').check();
    await main(irene).getByRole('button', { name: 'Pedir el borrado de mi cuenta' }).click();
    await main(irene).getByText(/Tu cuenta se borrará el/).waitFor();
    expect(await main(irene).getByRole('button', { name: 'Cancelar el borrado' }).count()).toBe(1);
    await expectAccessible(irene, 'erasure pending');

    // Laura reads the thread once the job has run.
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await expect
      .poll(
        async () => {
          await laura.goto(threadUrl);
          return main(laura).innerText();
        },
        { timeout: 45_000, interval: 1_500 },
      )
      .toMatch(/Socio anónimo \d+/);
    const text = await main(laura).innerText();
    expect(text).not.toContain(name);
    expect(text).toContain('Socio anónimo');
    await expectAccessible(laura, 'thread after erasure');

    // Her session is gone and her password opens nothing.
    await irene.goto(url('/settings'));
    await irene.waitForURL((u) => u.pathname.startsWith('/sign-in'));
    await irene.locator('#field-email').fill(email);
    await irene.locator('#field-password').fill(PASSWORD);
    await irene.locator('main form button[type=submit]').click();
    await main(irene).getByRole('alert').waitFor();
    expect(new URL(irene.url()).pathname).toBe('/sign-in');
  });
});
