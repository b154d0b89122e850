import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, url, visit } from './support/app';

const people = browsers();

/** One priority's form on the answer-times page. */
const slaForm = (page: Page, priority: string) => page.locator(`form[aria-labelledby="sla-${priority}-title"]`);

async function saveSla(page: Page, priority: string) {
  await slaForm(page, priority).getByRole('button', { name: /^Guardar/ }).click();
}

describe('complaint settings', () => {
  it('a manager adds a category, sets an answer time (a bad value first), applies the legal month and opens the board', async () => {
    const manager = await people.open('manager');
    await signIn(manager, ACCOUNTS.manager);
    await visit(manager, '/admin');
    await main(manager).getByRole('link', { name: 'Quejas' }).click();
    await manager.waitForURL(url('/admin/complaints'));
    await expectAccessible(manager, 'admin/complaints');
    expect(await heading(manager)).toBe('Ajustes de quejas');

    // 1. Categories: a duplicate (whatever its capitals) is refused next to the field; a new one is added.
    await visit(manager, '/admin/complaints/categories');
    expect(await heading(manager)).toBe('Categorías');
    const name = manager.getByLabel('Nombre de la categoría');
    await name.fill('instalaciones');
    await main(manager).getByRole('button', { name: 'Añadir categoría' }).click();
    const nameError = manager.locator('#field-name-error');
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('Ya hay una en uso con este nombre.');
    expect(await name.inputValue()).toBe('instalaciones');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(manager, 'categories with a field error');

    const category = `Vestuarios ${Date.now() % 100_000}`;
    await name.fill(category);
    await main(manager).getByRole('button', { name: 'Añadir categoría' }).click();
    await main(manager).getByRole('status').filter({ hasText: 'Categoría añadida.' }).waitFor();
    const rows = main(manager).locator('section[aria-labelledby="active-entries"] li');
    await expect.poll(async () => (await rows.last().textContent())?.includes(category)).toBe(true);
    expect(await rows.filter({ hasText: category }).count()).toBe(1);
    expect(await name.inputValue()).toBe('');
    await expectAccessible(manager, 'categories after adding');
    // Not offered any more, kept on old complaints: archived, it moves to its own list.
    await main(manager).getByRole('button', { name: `Archivar: ${category}` }).click();
    await main(manager).locator('section[aria-labelledby="archived-entries"]').getByRole('button', { name: `Recuperar: ${category}` }).waitFor();
    expect(await rows.filter({ hasText: category }).count()).toBe(0);

    // 2. Answer times: zero is refused under the field, with everything typed kept; then a good value.
    await visit(manager, '/admin/complaints/sla');
    expect(await heading(manager)).toBe('Plazos de respuesta');
    const urgent = slaForm(manager, 'urgent');
    const first = manager.locator('#sla-urgent-firstResponse');
    const firstUnit = urgent.locator('select[name=firstResponseUnit]');
    expect(await first.inputValue()).toBe('1');
    expect(await firstUnit.inputValue()).toBe('hours');
    await first.fill('0');
    await firstUnit.selectOption('minutes');
    await manager.locator('#sla-urgent-update').fill('3');
    await saveSla(manager, 'urgent');
    const firstError = manager.locator('#sla-urgent-firstResponse-error');
    await firstError.waitFor();
    expect(await firstError.textContent()).toBe('Escribe un número entero mayor que cero.');
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    expect((await first.getAttribute('aria-describedby'))?.split(' ')).toContain('sla-urgent-firstResponse-error');
    expect(await first.inputValue()).toBe('0');
    expect(await firstUnit.inputValue()).toBe('minutes');
    expect(await manager.locator('#sla-urgent-update').inputValue()).toBe('3');
    expect(await urgent.getByRole('status').count()).toBe(0);
    await expectAccessible(manager, 'sla with a field error');

    await first.fill('30');
    await saveSla(manager, 'urgent');
    await urgent.getByRole('status').filter({ hasText: 'Plazos de la prioridad Urgente guardados.' }).waitFor();
    expect(await manager.locator('#sla-urgent-firstResponse-error').count()).toBe(0);
    await manager.reload();
    expect(await manager.locator('#sla-urgent-firstResponse').inputValue()).toBe('30');
    expect(await slaForm(manager, 'urgent').locator('select[name=firstResponseUnit]').inputValue()).toBe('minutes');
    expect(await manager.locator('#sla-urgent-update').inputValue()).toBe('3');

    // 3. Spain's one-month answer: every solution time becomes 30 days; shorter first answers stay.
    await expectAccessible(manager, 'sla saved');
    await main(manager).getByRole('button', { name: 'Aplicar el plazo legal' }).click();
    await main(manager).getByRole('status').filter({ hasText: 'Aplicado: todas las prioridades' }).waitFor();
    await manager.reload();
    for (const priority of ['urgent', 'high', 'normal', 'low']) {
      expect(await manager.locator(`#sla-${priority}-resolution`).inputValue(), priority).toBe('30');
      expect(await slaForm(manager, priority).locator('select[name=resolutionUnit]').inputValue(), priority).toBe('days');
    }
    expect(await manager.locator('#sla-urgent-firstResponse').inputValue()).toBe('30');
    expect(await slaForm(manager, 'urgent').locator('select[name=firstResponseUnit]').inputValue()).toBe('minutes');
    await expectAccessible(manager, 'sla after the legal preset');

    // Back to the recommended times for everyone else.
    await main(manager).getByRole('button', { name: 'Restaurar los recomendados' }).click();
    await main(manager).getByRole('status').filter({ hasText: 'Plazos recomendados restaurados.' }).waitFor();
    await manager.reload();
    expect(await manager.locator('#sla-urgent-firstResponse').inputValue()).toBe('1');
    expect(await manager.locator('#sla-urgent-resolution').inputValue()).toBe('1');

    // 4. The board: private, a visitor is sent to sign in; public, the visitor reads it.
    const visitor = await people.open('visitor');
    await visitor.goto(url('/board'));
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');

    await visit(manager, '/admin/complaints/board');
    expect(await heading(manager)).toBe('Tablón');
    const open = manager.getByLabel('Tablón abierto a visitantes sin cuenta');
    expect(await open.isChecked()).toBe(false);
    await open.check();
    await main(manager).getByRole('button', { name: 'Guardar', exact: true }).click();
    await main(manager).getByRole('status').filter({ hasText: 'Ajustes del tablón guardados.' }).waitFor();
    await expectAccessible(manager, 'board saved');
    const response = await visitor.goto(url('/board'));
    expect(response?.status()).toBe(200);
    expect(new URL(visitor.url()).pathname).toBe('/board');

    // Private again, as the rest of the suite expects.
    await manager.reload();
    expect(await manager.getByLabel('Tablón abierto a visitantes sin cuenta').isChecked()).toBe(true);
    await manager.getByLabel('Tablón abierto a visitantes sin cuenta').uncheck();
    await main(manager).getByRole('button', { name: 'Guardar', exact: true }).click();
    await main(manager).getByRole('status').filter({ hasText: 'Ajustes del tablón guardados.' }).waitFor();
    await visitor.goto(url('/board'));
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
  });

  it('shows the other settings pages, accessible and without sideways scrolling on a phone', async () => {
    const manager = await people.open('manager', { viewport: 'phone' });
    await signIn(manager, ACCOUNTS.manager);
    const pages = {
      '/admin/complaints': 'Ajustes de quejas',
      '/admin/complaints/branches': 'Sedes y secciones',
      '/admin/complaints/teams': 'Equipos',
      '/admin/complaints/sla': 'Plazos de respuesta',
      '/admin/complaints/templates': 'Plantillas de respuesta',
      '/admin/complaints/board': 'Tablón',
    };
    for (const [path, title] of Object.entries(pages)) {
      await visit(manager, path);
      expect(await heading(manager), path).toBe(title);
      expect(await manager.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    // The seeded team and the six steps are where the manager expects them.
    await visit(manager, '/admin/complaints/teams');
    expect(await main(manager).locator('li', { hasText: 'Mantenimiento' }).first().textContent()).toContain('Laura Gómez');
    await visit(manager, '/admin/complaints/templates');
    expect(await main(manager).getByRole('heading', { name: 'Los seis pasos de una buena atención' }).count()).toBe(1);
    expect(await main(manager).locator('#attention-steps ~ ol li').count()).toBe(6);
    expect(await main(manager).locator('code', { hasText: '{member}' }).count()).toBe(1);
    const response = await manager.goto(url('/admin/complaints/nothing-here'));
    expect(response?.status()).toBe(404);
  });

  it('refuses staff: a 403 that shows none of the settings', async () => {
    const staff = await people.open('staff');
    await signIn(staff, ACCOUNTS.staff);
    for (const path of ['/admin/complaints', '/admin/complaints/sla', '/admin/complaints/categories']) {
      const response = await visit(staff, path);
      expect(response?.status(), path).toBe(403);
      expect(await heading(staff), path).toBe('Sin permiso');
      const text = (await main(staff).textContent()) ?? '';
      expect(text, path).not.toContain('Plazos de respuesta');
      expect(text, path).not.toContain('Instalaciones');
    }
  });
});
