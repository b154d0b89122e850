import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, uniqueEmail, visit } from './support/app';

const people = browsers();
const PASSWORD = 'una-clave-bien-larga-2026';

async function expectSignedInAs(page: Page, firstName: string) {
  expect(new URL(page.url()).pathname).toBe('/');
  await expect.poll(() => heading(page)).toBe(`Hola, ${firstName}`);
  await expectAccessible(page, `home (${firstName})`);
}

describe('joining the community', () => {
  it('with an invitation from staff, which then cannot be used again', async () => {
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/staff');
    expect(await heading(laura)).toBe('Área del personal');

    const note = `e2e invitación ${Date.now()}`;
    await laura.getByLabel('Nota interna (opcional)').fill(note);
    await main(laura).getByRole('button', { name: 'Crear invitación' }).click();
    const codeEl = laura.locator('[data-testid=invitation-code]');
    await codeEl.waitFor();
    const code = (await codeEl.textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    expect(await laura.locator('[data-testid=invitation-link]').textContent()).toMatch(new RegExp(`/join/${code}$`));
    const row = laura.locator('tr', { hasText: note });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('Activa');
    expect(await row.locator('td').nth(2).textContent()).toBe('0/1');
    await expectAccessible(laura, 'staff with a new invitation');

    const email = uniqueEmail('nerea');
    const visitor = await people.open('nerea');
    await visit(visitor, `/join/${code}`);
    expect(await heading(visitor)).toBe('Tu invitación');
    await visitor.getByLabel('Nombre y apellidos').fill('Nerea Olmedo');
    await visitor.getByLabel('Correo electrónico').fill(email);
    await visitor.getByLabel('Contraseña').fill(PASSWORD);
    await main(visitor).getByRole('button', { name: 'Crear mi cuenta' }).click();
    const done = main(visitor).getByRole('status');
    await done.waitFor();
    expect(await done.textContent()).toContain('¡Bienvenido!');
    await expectAccessible(visitor, 'invitation redeemed');

    await main(visitor).getByRole('link', { name: 'Entrar' }).click();
    await visitor.waitForURL((u) => u.pathname === '/sign-in');
    await signIn(visitor, email, { password: PASSWORD });
    await expectSignedInAs(visitor, 'Nerea');

    // The code was for one use.
    const late = await people.open('late visitor');
    await visit(late, `/join/${code}`);
    expect(await heading(late)).toBe('Invitación no válida');
    expect((await main(late).getByRole('alert').textContent())?.trim()).toBe('Esta invitación ya se ha usado.');
    expect(await late.locator('#field-password').count()).toBe(0);

    await laura.reload();
    expect(await row.locator('td').nth(1).textContent()).toBe('Usada');
    expect(await row.locator('td').nth(2).textContent()).toBe('1/1');
    expect(await row.getByRole('button', { name: 'Anular' }).count()).toBe(0);
    await expectAccessible(laura, 'staff after the invitation was used');
  });

  it('with a request that staff approves (visitor on a phone)', async () => {
    const email = uniqueEmail('ines');
    const number = `R-${Date.now() % 1_000_000}`;
    const visitor = await people.open('ines', { viewport: 'phone' });
    await visit(visitor, '/join');
    await visitor.getByLabel('Nombre y apellidos').fill('Inés Barrio');
    await visitor.getByLabel('Correo electrónico').fill(email);
    await visitor.getByLabel('Número de socio').fill(number);
    await visitor.getByLabel('Contraseña').fill(PASSWORD);
    await visitor.getByLabel('Mensaje para el club (opcional)').fill('Soy socia desde 2019.');
    await main(visitor).getByRole('button', { name: 'Enviar solicitud' }).click();
    const sent = main(visitor).getByRole('status');
    await sent.waitFor();
    expect(await sent.textContent()).toContain('Solicitud enviada');
    await expectAccessible(visitor, 'join request sent');

    // Not a member yet: the password chosen in the request does not open the door.
    await visit(visitor, '/sign-in');
    await visitor.locator('#field-email').fill(email);
    await visitor.locator('#field-password').fill(PASSWORD);
    await main(visitor).locator('form button[type=submit]').click();
    await main(visitor).getByRole('alert').waitFor();
    expect((await main(visitor).getByRole('alert').textContent())?.trim()).toBe('El correo o la contraseña no son correctos.');
    await expectAccessible(visitor, 'sign-in refused before approval');

    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/staff');
    const pendingHeading = main(laura).getByRole('heading', { name: /^Solicitudes de acceso \(\d+\)$/ });
    const pendingCount = async () => Number(/\((\d+)\)/.exec((await pendingHeading.textContent()) ?? '')?.[1]);
    const before = await pendingCount();
    expect(before).toBeGreaterThanOrEqual(1);
    const request = main(laura).locator('li', { hasText: email });
    expect(await request.count()).toBe(1);
    expect(await request.textContent()).toContain('Inés Barrio');
    expect(await request.textContent()).toContain(`Socio n.º ${number}`);
    expect(await request.textContent()).toContain('Soy socia desde 2019.');
    await request.getByRole('button', { name: 'Aceptar' }).click();
    // The decided request leaves the pending list at once (no reload).
    // (Its "Solicitud de … resuelta." confirmation goes with it: see the e2e report.)
    await expect.poll(() => request.count()).toBe(0);
    expect(await pendingCount()).toBe(before - 1);
    await expectAccessible(laura, 'staff after approving');
    await laura.reload();
    expect(await main(laura).locator('li', { hasText: email }).count()).toBe(0);
    expect(await pendingCount()).toBe(before - 1);
    await expectAccessible(laura, 'staff after reload');

    const ines = await people.open('ines (member)');
    await signIn(ines, email, { password: PASSWORD });
    await expectSignedInAs(ines, 'Inés');
  });
});
