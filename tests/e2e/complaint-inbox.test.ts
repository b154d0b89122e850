import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit, visible } from './support/app';

const people = browsers();

// The demo seed files no complaints yet, so a fresh server shows the empty inbox; once complaints
// exist (seeded, or filed by other tests) the same test checks the rows and the action bar.
const ROW_BOXES = 'main section[aria-labelledby="inbox-results"] input[type=checkbox]';

async function rowBoxes(page: Page) {
  return page.locator(ROW_BOXES).filter({ visible: true });
}

/** Ticks the first complaint and checks the action bar, with two refused actions that change nothing. */
async function checkBulkBar(page: Page, label: string) {
  const boxes = await rowBoxes(page);
  // The first visible box is "select all on this page".
  await boxes.nth(1).check();
  const bar = main(page).getByRole('form', { name: 'Acciones sobre las quejas seleccionadas' });
  await bar.waitFor();
  expect(await bar.getByText('1 queja seleccionada').count()).toBe(1);
  await expectAccessible(page, `inbox with the action bar (${label})`);

  // Refused for want of a title: the form keeps every choice made, and the selection.
  await page.locator('#bulk-action').selectOption('incident');
  await page.locator('#bulk-type').selectOption('technical');
  await bar.getByRole('button', { name: 'Aplicar' }).click();
  await bar.getByText('Pon un título de al menos 5 caracteres.').waitFor();
  expect(await page.locator('#bulk-action').inputValue()).toBe('incident');
  expect(await page.locator('#bulk-type').inputValue()).toBe('technical');
  expect(await boxes.nth(1).isChecked()).toBe(true);

  await page.locator('#bulk-action').selectOption('assign');
  await bar.getByRole('button', { name: 'Aplicar' }).click();
  await bar.getByText('Elige a una persona, un equipo o «Nadie».').waitFor();
  expect(await page.locator('#bulk-assignTo').getAttribute('aria-invalid')).toBe('true');
  await expectAccessible(page, `inbox with a refused action (${label})`);

  await boxes.nth(0).check();
  const total = (await boxes.count()) - 1;
  await bar.getByText(total === 1 ? '1 queja seleccionada' : `${total} quejas seleccionadas`).waitFor();
  await bar.getByRole('button', { name: 'Quitar selección' }).click();
  await bar.waitFor({ state: 'detached' });
}

async function checkInbox(page: Page, label: string) {
  expect(await heading(page)).toBe('Bandeja de quejas');
  const rows = (await (await rowBoxes(page)).count()) - 1;
  if (rows <= 0) {
    expect(await main(page).getByText('No hay quejas pendientes.').count()).toBe(1);
    return;
  }
  // Every row leads to the complaint's own page, by its number.
  const first = visible(page, 'main a[href^="/board/"]');
  expect(await first.getAttribute('href')).toMatch(/^\/board\/\d+$/);
  await checkBulkBar(page, label);
}

describe('complaint inbox', () => {
  it('is reached from the staff page, filters by address with the keyboard, and offers bulk actions (desktop)', async () => {
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/staff');
    await main(laura).getByRole('link', { name: 'Abrir la bandeja' }).click();
    await laura.waitForURL((u) => u.pathname === '/staff/complaints');
    await expectAccessible(laura, 'inbox (desktop)');
    await checkInbox(laura, 'desktop');

    // The filter form is a plain GET form, used here from the keyboard alone.
    await laura.locator('#filter-assigned').focus();
    await laura.keyboard.press('ArrowDown');
    await laura.keyboard.press('ArrowDown');
    await laura.locator('#filter-priority').selectOption('urgent');
    await laura.locator('input[name=breached]').focus();
    await laura.keyboard.press('Space');
    await laura.keyboard.press('Tab');
    await laura.keyboard.press('Enter');
    await laura.waitForURL((u) => u.searchParams.get('assigned') === 'mine' && u.searchParams.get('priority') === 'urgent' && u.searchParams.get('breached') === '1');
    expect(await laura.locator('#filter-assigned').inputValue()).toBe('mine');
    expect(await laura.locator('input[name=breached]').isChecked()).toBe(true);
    await expectAccessible(laura, 'inbox filtered');
    if ((await (await rowBoxes(laura)).count()) === 0) await main(laura).getByText('Ninguna queja coincide con estos filtros.').waitFor();

    // A hand-edited address is read as "any" wherever it is wrong.
    await visit(laura, '/staff/complaints?priority=extreme&assigned=everyone&after=zzz', { axe: false });
    expect(await laura.locator('#filter-priority').inputValue()).toBe('');
    expect(await laura.locator('#filter-assigned').inputValue()).toBe('all');
    await main(laura).getByRole('link', { name: 'Quitar filtros' }).click();
    await laura.waitForURL((u) => u.pathname === '/staff/complaints' && u.search === '');
  });

  it('shows complaints as cards on a phone', async () => {
    const jorge = await people.open('jorge', { viewport: 'phone' });
    await signIn(jorge, ACCOUNTS.staff2);
    await visit(jorge, '/staff/complaints');
    expect(await jorge.locator('main table').isVisible()).toBe(false);
    await checkInbox(jorge, 'phone');
  });

  it('lists incidents for staff, and keeps members out of the staff pages', async () => {
    const laura = await people.open('laura', { viewport: 'phone' });
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/staff/complaints');
    await main(laura).getByRole('link', { name: 'Incidencias' }).click();
    await laura.waitForURL((u) => u.pathname === '/staff/incidents');
    await expectAccessible(laura, 'incidents (phone)');
    expect(await heading(laura)).toBe('Incidencias');
    expect(await main(laura).getByRole('heading', { name: 'Abiertas' }).count()).toBe(1);
    const first = main(laura).locator('h3 a').first();
    if ((await first.count()) > 0) {
      await first.click();
      await laura.waitForURL((u) => /^\/staff\/incidents\/[0-9a-f-]{36}$/.test(u.pathname));
      await expectAccessible(laura, 'incident (phone)');
      // Posting nothing is refused next to the field.
      await main(laura).getByRole('button', { name: 'Publicar la actualización' }).click();
      await main(laura).getByText('Escribe el mensaje.').waitFor();
      // A number that is no complaint is named, and nothing is added.
      await laura.locator('#incident-numbers').fill('99999999');
      await main(laura).getByRole('button', { name: 'Añadir a la incidencia' }).click();
      await main(laura).getByText('No existen: #99999999.').waitFor();
      expect(await laura.locator('#incident-numbers').inputValue()).toBe('99999999');
      await expectAccessible(laura, 'incident with errors (phone)');
    }
    expect((await visit(laura, '/staff/incidents/00000000-0000-4000-8000-000000000000', { axe: false }))?.status()).toBe(404);

    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    for (const path of ['/staff/complaints', '/staff/incidents']) {
      const response = await visit(ana, path, { axe: false });
      expect(response?.status(), path).toBe(403);
      expect(await heading(ana)).toBe('Sin permiso');
      expect(await ana.locator('main a[href^="/board/"], main a[href^="/staff/incidents/"]').count()).toBe(0);
    }
  });
});
