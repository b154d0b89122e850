import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, main, signIn, visit } from './support/app';
import { stamp, startThread, switchLanguage } from './support/community';

const people = browsers();

describe('home and announcements', () => {
  it('an announcement staff publish appears on a member’s open home page without a reload; a double click publishes it once', async () => {
    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/');
    await ana.evaluate('window.__sameDocument = true');

    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/staff/announcements');
    const title = `Piscina cerrada el lunes ${stamp()}`;
    await laura.locator('#field-title').fill(title);
    await laura.locator('#field-bodyMd').fill('Por **mantenimiento** la piscina cubierta no abrirá el lunes.');
    await main(laura).getByRole('button', { name: 'Publicar' }).dblclick();
    await main(laura).getByText('Comunicado publicado.').waitFor();
    await expectAccessible(laura, 'announcement published');

    // Ana's home, open all along, shows it, and her page was never reloaded.
    const card = main(ana).locator('article', { hasText: title });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.locator('strong', { hasText: 'mantenimiento' }).count()).toBe(1);
    expect(await card.getByText('Laura Gómez · Atención al socio').count()).toBe(1);
    expect(await ana.evaluate('window.__sameDocument === true')).toBe(true);
    await expectAccessible(ana, 'home with a live announcement (phone)');

    // The next one, from the same page without reloading it, is a new announcement, not the first again.
    const second = `Horario de verano ${stamp()}`;
    await laura.locator('#field-title').fill(second);
    await laura.locator('#field-bodyMd').fill('A partir del 1 de julio la sala abre a las 8:00.');
    await main(laura).getByRole('button', { name: 'Publicar' }).click();
    await main(ana).locator('article', { hasText: second }).waitFor({ timeout: 15_000 });

    // Two clicks, one announcement: on the staff list and on the home page.
    await visit(laura, '/staff/announcements');
    expect(await main(laura).getByRole('heading', { name: title }).count()).toBe(1);
    expect(await main(laura).getByRole('heading', { name: second }).count()).toBe(1);
    await ana.reload();
    expect(await main(ana).getByRole('heading', { name: title }).count()).toBe(1);

    // Deleted by staff: gone from the open home page as well.
    await ana.evaluate('window.__sameDocument = true');
    const secondCard = main(laura).locator('article', { hasText: second });
    await secondCard.locator('summary').click();
    await secondCard.getByRole('button', { name: 'Sí, eliminar' }).click();
    await main(laura).getByRole('heading', { name: second }).waitFor({ state: 'detached' });
    await main(ana).locator('article', { hasText: second }).waitFor({ state: 'detached', timeout: 15_000 });
    expect(await ana.evaluate('window.__sameDocument === true')).toBe(true);

    // A new conversation in one of her groups joins her latest threads, live too.
    await ana.evaluate('window.__sameDocument = true');
    const topic = `Vestuarios nuevos ${stamp()}`;
    await startThread(laura, 'gimnasio', { title: topic, body: 'Ya están abiertos los vestuarios reformados.' });
    await main(ana).getByRole('link', { name: topic }).waitFor({ timeout: 15_000 });
    expect(await ana.evaluate('window.__sameDocument === true')).toBe(true);

    await card.getByRole('link', { name: title, exact: true }).click();
    await ana.waitForURL(/\/announcements\/[0-9a-f-]{36}$/);
    await expectAccessible(ana, 'announcement page');
    expect(await ana.getByRole('heading', { level: 1 }).textContent()).toBe(title);
  });

  it('every community page reads in English once the person switches', async () => {
    // Jorge, whom no other e2e file signs in, so the language stored on his account bothers nobody.
    const jorge = await people.open('jorge');
    await signIn(jorge, ACCOUNTS.staff2);
    await switchLanguage(jorge, 'English', 'en');
    try {
      const pages: [string, string | RegExp][] = [
        ['/', 'Hello, Jorge'],
        ['/groups', 'Groups'],
        ['/groups/futbol', 'Fútbol'],
        ['/groups/torneos/members', 'Members of Torneos'],
        ['/groups/new', 'New group'],
        ['/search?q=cesped', 'Search'],
        ['/notifications', 'Notifications'],
        ['/staff/announcements', 'Announcements'],
        ['/staff/complaints', 'Complaints inbox'],
      ];
      for (const [path, title] of pages) {
        await visit(jorge, path);
        expect(await jorge.locator('html').getAttribute('lang'), path).toBe('en');
        expect(await jorge.getByRole('heading', { level: 1 }).textContent(), path).toMatch(title);
      }
      // The inbox's rows name each complaint's category and place in English too.
      await visit(jorge, '/staff/complaints', { axe: false });
      expect(await main(jorge).getByText(/Facilities|Fees and payments|Staff attention|Activities and timetables|Website and app/).count()).toBeGreaterThan(0);
      expect(await main(jorge).getByText(/Instalaciones ·|Cuotas y pagos ·|Atención del personal ·/).count()).toBe(0);
      // So do the transparency page's branches.
      await visit(jorge, '/board/transparency?window=365', { axe: false });
      expect(await main(jorge).getByRole('rowheader', { name: 'Swimming pool' }).count()).toBe(1);
      await visit(jorge, '/search?q=cesped', { axe: false });
      await main(jorge).getByRole('heading', { name: 'Results for “cesped”' }).waitFor();
    } finally {
      await switchLanguage(jorge, 'Español', 'es');
    }
  });
});
