import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';

const ORIGINAL_PRIMARY = '#0f5c8c';
const ORIGINAL_RGB = 'rgb(15, 92, 140)';
const NEW_PRIMARY = '#7b2d26';
const NEW_RGB = 'rgb(123, 45, 38)';

const people = browsers();

function headerBackground(page: Page): Promise<string> {
  return page.locator('header').first().evaluate((el) => getComputedStyle(el).backgroundColor);
}

function save(page: Page) {
  return main(page).getByRole('button', { name: 'Guardar', exact: true }).click();
}

describe('the brand', () => {
  it('a manager changes the main colour and every member sees it; a bad form keeps what was typed', async () => {
    const manager = await people.open('manager');
    await signIn(manager, ACCOUNTS.manager);
    await visit(manager, '/admin/brand');
    expect(await heading(manager)).toBe('Marca de la comunidad');

    const name = manager.getByLabel('Nombre de la comunidad');
    const welcome = manager.getByLabel('Texto de bienvenida', { exact: true });
    const primary = manager.getByLabel('Color principal');
    const accent = manager.getByLabel('Color de acento');
    const original = {
      name: await name.inputValue(),
      welcome: await welcome.inputValue(),
      primary: await primary.inputValue(),
      accent: await accent.inputValue(),
    };
    expect(original.name).toBe('Club Deportivo Ribera');
    expect(original.primary).toBe(ORIGINAL_PRIMARY);
    expect(await headerBackground(manager)).toBe(ORIGINAL_RGB);

    // A member is already looking at the community when the brand changes.
    const member = await people.open('member');
    await signIn(member, ACCOUNTS.member);
    await expectAccessible(member, 'home (member)');
    expect(await headerBackground(member)).toBe(ORIGINAL_RGB);

    // 1. An empty community name: refused, with the error next to the field and nothing lost.
    const changedWelcome = `Bienvenida de prueba ${Date.now()}`;
    await name.fill('');
    await welcome.fill(changedWelcome);
    await primary.fill('#225533');
    await save(manager);
    const nameError = manager.locator('#field-name-error');
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('Escribe al menos 2 caracteres.');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect((await name.getAttribute('aria-describedby'))?.split(' ')).toContain('field-name-error');
    // The error sits inside the same field block as the "Nombre de la comunidad" label.
    expect(await manager.locator('div', { has: manager.locator('label[for=field-name]') }).last().locator('#field-name-error').count()).toBe(1);
    expect((await main(manager).getByRole('alert').first().textContent())?.trim()).toBe('Revisa los campos marcados.');
    expect(await name.inputValue()).toBe('');
    expect(await welcome.inputValue()).toBe(changedWelcome);
    expect(await primary.inputValue()).toBe('#225533');
    expect(await accent.inputValue()).toBe(original.accent);
    // No "saved" message (the page's other notices, such as the second-factor deadline, aside).
    expect(await main(manager).getByRole('status').filter({ hasText: 'Cambios guardados' }).count()).toBe(0);
    await expectAccessible(manager, 'admin/brand with a field error');
    // Nothing was saved.
    expect(await headerBackground(manager)).toBe(ORIGINAL_RGB);
    await member.reload();
    expect(await headerBackground(member)).toBe(ORIGINAL_RGB);
    expect(await member.locator('header').first().textContent()).toContain('Club Deportivo Ribera');

    // 2. A valid change.
    await name.fill(original.name);
    await welcome.fill(original.welcome);
    await primary.fill(NEW_PRIMARY);
    expect(await manager.locator('code', { hasText: NEW_PRIMARY }).count()).toBe(1);
    await save(manager);
    const saved = main(manager).getByRole('status').filter({ hasText: 'Cambios guardados' });
    await saved.waitFor();
    expect(await saved.textContent()).toBe('Cambios guardados. Toda la comunidad ya ve la nueva marca.');
    expect(await manager.locator('#field-name-error').count()).toBe(0);
    await expect.poll(() => headerBackground(manager)).toBe(NEW_RGB);
    expect(await primary.inputValue()).toBe(NEW_PRIMARY);
    await expectAccessible(manager, 'admin/brand saved');

    // The member's open page follows without a reload (the server tells every socket)…
    await expect.poll(() => headerBackground(member), { timeout: 15_000 }).toBe(NEW_RGB);
    // …and any page loaded from now on is in the new colour, with the CSS variable on <html>.
    await visit(member, '/groups');
    expect(await headerBackground(member)).toBe(NEW_RGB);
    expect(await member.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim())).toBe(NEW_PRIMARY);

    // 3. Back to the original colour for everyone else.
    await primary.fill(ORIGINAL_PRIMARY);
    await save(manager);
    await expect.poll(() => headerBackground(manager)).toBe(ORIGINAL_RGB);
    await manager.reload();
    expect(await manager.getByLabel('Color principal').inputValue()).toBe(ORIGINAL_PRIMARY);
    expect(await manager.getByLabel('Nombre de la comunidad').inputValue()).toBe(original.name);
    expect(await manager.getByLabel('Texto de bienvenida', { exact: true }).inputValue()).toBe(original.welcome);
    expect(await headerBackground(manager)).toBe(ORIGINAL_RGB);
  });
});
