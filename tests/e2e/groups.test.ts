import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { bellCount, createGroup, QUIET_MEMBERS, stamp, startThread } from './support/community';

const people = browsers();

/** The "N miembros · M conversaciones" line under a group's heading. */
function counts(page: import('playwright-core').Page) {
  return main(page).locator('header p', { hasText: /miembros?/ }).first();
}

describe('groups', () => {
  it('a manager creates an open group (an empty name is explained and the description kept); a member on a phone joins and leaves it', async () => {
    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/groups/new');
    const description = 'Partidos de pádel los domingos por la mañana.';
    await marta.locator('#field-description').fill(description);
    await main(marta).locator('input[name=visibility][value=request]').check();
    await main(marta).locator('button[type=submit]').click();
    await main(marta).getByText('Este campo es obligatorio.').waitFor();
    expect(await marta.locator('#field-name').getAttribute('aria-invalid')).toBe('true');
    expect(await marta.locator('#field-description').inputValue()).toBe(description);
    expect(await main(marta).locator('input[name=visibility][value=request]').isChecked()).toBe(true);
    await main(marta).locator('input[name=visibility][value=open]').check();
    await expectAccessible(marta, 'new group with an error');

    const name = `Pádel ${stamp()}`;
    await marta.locator('#field-name').fill(name);
    await main(marta).locator('button[type=submit]').click();
    await marta.waitForURL((u) => /^\/groups\/[^/]+$/.test(u.pathname) && u.pathname !== '/groups/new');
    expect(await heading(marta)).toBe(name);
    expect(await counts(marta).textContent()).toContain('1 miembro ');
    const slug = new URL(marta.url()).pathname.split('/')[2]!;

    // Its settings use the same form: an emptied name is explained, and a good one is saved in place.
    await main(marta).getByRole('link', { name: 'Ajustes del grupo' }).click();
    await marta.waitForURL((u) => u.pathname === `/groups/${slug}/settings`);
    await expectAccessible(marta, 'group settings');
    await marta.locator('#field-name').fill('');
    await marta.locator('#field-description').fill(`${description} También dobles mixtos.`);
    await main(marta).getByRole('button', { name: 'Guardar cambios' }).click();
    await main(marta).getByText('Este campo es obligatorio.').waitFor();
    expect(await marta.locator('#field-description').inputValue()).toBe(`${description} También dobles mixtos.`);
    const renamed = `${name} y tenis`;
    await marta.locator('#field-name').fill(renamed);
    await main(marta).getByRole('button', { name: 'Guardar cambios' }).click();
    await main(marta).getByText('Cambios guardados.').waitFor();
    await expect.poll(() => heading(marta)).toBe(`Ajustes de ${renamed}`);
    expect(await marta.locator('#field-name').inputValue()).toBe(renamed);
    expect(await main(marta).locator('input[name=visibility][value=open]').isChecked()).toBe(true);
    await expectAccessible(marta, 'group settings saved');

    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/groups');
    expect(await heading(ana)).toBe('Grupos');
    const list = main(ana);
    await list.getByRole('link', { name: renamed, exact: true }).waitFor();
    expect(await list.getByRole('link', { name: 'Fútbol', exact: true }).count()).toBe(1);
    expect(await list.getByRole('link', { name: 'Torneos', exact: true }).count()).toBe(1);
    expect(await list.getByText('Sociedad').count()).toBe(0);

    await list.getByRole('link', { name: renamed, exact: true }).click();
    await ana.waitForURL((u) => u.pathname === `/groups/${slug}`);
    await expectAccessible(ana, 'open group, not a member (phone)');
    expect(await main(ana).getByText(`${description} También dobles mixtos.`).count()).toBe(1);
    // The owner, looking at the group, sees the count follow.
    await visit(marta, `/groups/${slug}`);
    await main(ana).getByRole('button', { name: 'Unirme' }).click();
    await main(ana).getByRole('button', { name: 'Salir del grupo' }).waitFor();
    expect(await counts(ana).textContent()).toContain('2 miembros');
    await expect.poll(() => counts(marta).textContent(), { timeout: 15_000 }).toContain('2 miembros');
    expect(await main(ana).getByText('Miembro', { exact: true }).count()).toBe(1);
    await expectAccessible(ana, 'open group, member (phone)');

    await main(ana).getByRole('button', { name: 'Salir del grupo' }).click();
    await ana.waitForURL((u) => u.pathname === '/groups');
    await visit(ana, `/groups/${slug}`);
    expect(await counts(ana).textContent()).toContain('1 miembro ');
    expect(await main(ana).getByRole('button', { name: 'Unirme' }).count()).toBe(1);
  });

  it('a member asks to join a by-request group; the owner approves on the members page and the member reads its threads', async () => {
    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    const name = `Ajedrez ${stamp()}`;
    const slug = await createGroup(marta, { name, description: 'Partidas rápidas los jueves.', visibility: 'request' });
    const threadTitle = `Torneo relámpago ${stamp()}`;
    await startThread(marta, slug, { title: threadTitle, body: 'Cinco minutos por jugador.' });

    const martaBell = await bellCount(marta);
    const sara = await people.open('sara');
    await signIn(sara, QUIET_MEMBERS.sara.email);
    await visit(sara, `/groups/${slug}`);
    expect(await main(sara).getByText('Solo los miembros del grupo pueden leer sus conversaciones.').count()).toBe(1);
    expect(await main(sara).getByText(threadTitle).count()).toBe(0);
    const message = `Juego desde pequeña ${stamp()}`;
    await sara.getByLabel('Mensaje para los moderadores (opcional)').fill(message);
    await main(sara).getByRole('button', { name: 'Solicitar unirme' }).click();
    await main(sara).getByText('Solicitud enviada: pendiente de respuesta').waitFor();
    await expectAccessible(sara, 'request pending');

    // The owner hears of the request; the member, later, of the answer.
    await expect.poll(() => bellCount(marta), { timeout: 15_000 }).toBe(martaBell + 1);
    const saraBell = await bellCount(sara);
    await visit(marta, `/groups/${slug}`);
    await main(marta).getByRole('link', { name: /Miembros · 1 solicitud pendiente/ }).click();
    await marta.waitForURL((u) => u.pathname === `/groups/${slug}/members`);
    await expectAccessible(marta, 'members page with a request');
    const request = main(marta).locator('li', { hasText: message });
    expect(await request.getByText(QUIET_MEMBERS.sara.name).count()).toBe(1);
    await request.getByRole('button', { name: 'Aceptar' }).click();
    await main(marta).getByText('No hay solicitudes pendientes.').waitFor();
    await main(marta).getByRole('heading', { name: 'Miembros (2)' }).waitFor();

    await expect.poll(() => bellCount(sara), { timeout: 15_000 }).toBe(saraBell + 1);
    await visit(sara, '/notifications');
    await main(sara).getByRole('button', { name: `Ya formas parte de ${name}` }).click();
    await sara.waitForURL((u) => u.pathname === `/groups/${slug}`);
    await main(sara).getByRole('link', { name: threadTitle }).waitFor();
    expect(await main(sara).getByText('Solo los miembros del grupo pueden leer sus conversaciones.').count()).toBe(0);
    expect(await main(sara).getByRole('button', { name: 'Salir del grupo' }).count()).toBe(1);
  });

  it('a private group is neither listed nor reachable for a member outside it', async () => {
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/groups');
    await main(ana).getByRole('link', { name: 'Fútbol', exact: true }).waitFor();
    expect(await ana.content()).not.toContain('Sociedad');
    for (const path of ['/groups/sociedad', '/groups/sociedad/members', '/groups/sociedad/settings']) {
      const response = await visit(ana, path);
      expect(response?.status(), path).toBe(404);
      expect(await ana.content()).not.toContain('Sociedad');
    }
  });
});
