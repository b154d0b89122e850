import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { stamp, startThread } from './support/community';

const people = browsers();

describe('search', () => {
  it('finds threads without the accents, marks the match and links to the thread', async () => {
    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    const word = stamp();
    const threadUrl = await startThread(ana, 'futbol', { title: `Escuela de fútbol ${word}`, body: 'Horarios de la escuela para los pequeños.' });

    // Typed into the search form as a person would, without the accent.
    await visit(ana, '/search');
    expect(await heading(ana)).toBe('Buscar');
    await ana.locator('#field-q').fill(`futbol ${word}`);
    await main(ana).getByRole('button', { name: 'Buscar' }).click();
    await ana.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === `futbol ${word}`);
    const hit = main(ana).getByRole('link', { name: `Escuela de fútbol ${word}` });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('fútbol');
    await expectAccessible(ana, 'search results (phone)');
    await hit.click();
    await ana.waitForURL((u) => u.pathname === new URL(threadUrl).pathname);

    // A seeded thread of the Fútbol group, found without its accent too.
    await visit(ana, '/search?q=cesped');
    const seeded = main(ana).getByRole('link', { name: '¿Cambiamos el césped del campo 1?' });
    await seeded.waitFor();
    expect(await seeded.locator('mark').textContent()).toBe('césped');
    expect(await main(ana).locator('li', { hasText: '¿Cambiamos el césped del campo 1?' }).getByText(/ · Fútbol · /).count()).toBe(1);
  });

  it('never finds what is written in a private group for someone outside it', async () => {
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/search?q=cena+de+fin+de+temporada');
    await main(ana).getByText('No hay resultados para «cena de fin de temporada».').waitFor();
    expect(await ana.content()).not.toContain('Cena de fin de temporada');
    // Nor can the group filter name it.
    expect(await ana.locator('#field-group option', { hasText: 'Sociedad' }).count()).toBe(0);

    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/search?q=cena+de+fin+de+temporada');
    const hit = main(laura).getByRole('link', { name: 'Cena de fin de temporada' });
    await hit.first().waitFor();
    // Narrowed to an author typed without accents, and to the group.
    await visit(laura, '/search?q=cena&group=sociedad&author=gomez', { axe: false });
    await hit.first().waitFor();
    await visit(laura, '/search?q=cena&group=futbol', { axe: false });
    await main(laura).getByText('No hay resultados para «cena».').waitFor();
    // A hand-edited page number is explained rather than failing.
    await visit(laura, '/search?q=cena&page=abc');
    expect(await main(laura).getByRole('alert').count()).toBeGreaterThan(0);
    await visit(laura, '/search?q=cena+de+fin+de+temporada', { axe: false });
    expect(await main(laura).locator('li', { hasText: 'Cena de fin de temporada' }).first().getByText(/ · Sociedad · /).count()).toBe(1);
  });
});
