import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { QUIET_MEMBERS } from './support/community';

const people = browsers();
const spanish = new Intl.Collator('es', { sensitivity: 'base' }).compare;

describe('members page and audit log', () => {
  it('a manager searches, filters and sorts the members, opens one, and reads the audit log in sentences', async () => {
    const marta = await people.open('marta', { viewport: 'desktop' });
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/admin');
    await main(marta).getByRole('link', { name: 'Socios y personal' }).first().click();
    await marta.waitForURL('**/admin/members');
    expect(await heading(marta)).toBe('Socios y personal');
    await expectAccessible(marta, 'members (desktop)');

    // Sorted by name the Spanish way, a page at a time, with when each joined and was last seen.
    const table = main(marta).getByRole('table');
    const names = await table.locator('tbody th').evaluateAll((cells) => cells.map((c) => c.querySelector('span')?.textContent ?? ''));
    expect(names.length).toBe(25);
    expect(names).toEqual([...names].sort(spanish));
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Nombre', 'N.º de socio', 'Papel', 'Estado', 'Socio desde', 'Última visita', 'Acciones']);
    expect(await table.getByRole('row').filter({ hasText: 'Marta Ibáñez' }).textContent()).toContain('hace');
    await main(marta).getByRole('navigation', { name: 'Páginas' }).getByRole('link', { name: /Siguiente/ }).click();
    await marta.waitForURL('**/admin/members?page=2');
    await main(marta).getByText('Página 2 de').waitFor();

    // Search without accents, by e-mail, then by role.
    await visit(marta, '/admin/members', { axe: false });
    await main(marta).locator('#members-q').fill('alvaro');
    await main(marta).getByRole('button', { name: 'Filtrar' }).click();
    await marta.waitForURL('**/admin/members?q=alvaro**');
    expect(await table.locator('tbody th span:first-child').allTextContents()).toEqual(['Álvaro Vidal']);
    await main(marta).locator('#members-q').fill('');
    await main(marta).getByLabel('Papel').selectOption({ label: 'Personal' });
    await main(marta).getByRole('button', { name: 'Filtrar' }).click();
    await marta.waitForURL('**role=staff**');
    expect(await table.locator('tbody th span:first-child').allTextContents()).toEqual(['Jorge Martín', 'Laura Gómez']);

    // Managing someone shows their current status, and measures to take rather than a status they do not have.
    await visit(marta, `/admin/members?q=${encodeURIComponent(QUIET_MEMBERS.sara.email)}`, { axe: false });
    await main(marta).getByRole('link', { name: `Gestionar a ${QUIET_MEMBERS.sara.name}` }).click();
    const panel = main(marta).locator('#manage');
    await panel.getByRole('heading', { name: `Gestionar a ${QUIET_MEMBERS.sara.name}` }).waitFor();
    expect(await panel.textContent()).toContain('Estado actual: Activa');
    const measure = panel.getByLabel('Nueva medida');
    expect(await measure.locator('option').allTextContents()).toEqual(['Suspender', 'Dar de baja']);
    await expectAccessible(marta, 'member panel (desktop)');

    // At phone width the directory is a list of cards.
    const phone = await people.open('marta-phone', { viewport: 'phone' });
    await signIn(phone, ACCOUNTS.manager);
    await visit(phone, '/admin/members?sort=newest');
    expect(await main(phone).getByRole('table').isVisible()).toBe(false);
    expect(await main(phone).getByRole('link', { name: /^Gestionar a / }).count()).toBe(25);

    // The audit log tells what staff did in sentences, the complaint a link, and filters by the person affected.
    await visit(marta, '/admin/audit');
    const answered = main(marta).getByRole('listitem').filter({ hasText: /respondió oficialmente a la queja n\.º \d+/ }).first();
    expect(await answered.getByRole('link').getAttribute('href')).toMatch(/^\/board\/\d+$/);
    await main(marta).getByLabel('Persona afectada').fill('Ana Ruiz');
    await main(marta).getByRole('button', { name: 'Filtrar' }).click();
    await marta.waitForURL('**person=Ana+Ruiz**');
    expect(await main(marta).getByRole('listitem').count()).toBeGreaterThan(0);
    await expectAccessible(marta, 'audit log filtered');
  });
});
