import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browsers, expectAccessible, heading, screenshot, signIn, visible, visit } from './support/app';

// A member no other e2e file uses, so the language stored on the account affects nobody else.
const CARLOS = 'carlos.navarro@clubribera.test';
const people = browsers();

async function navLabels(page: Page): Promise<string[]> {
  const nav = visible(page, 'nav[aria-label]');
  return (await nav.getByRole('link').allTextContents()).map((s) => s.trim());
}

async function switchLanguage(page: Page, name: 'English' | 'Español', lang: 'en' | 'es') {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

describe('the member shell', () => {
  it('is in Spanish with a bottom navigation on a phone, switches to English and remembers it on the account', async () => {
    const carlos = await people.open('carlos', { viewport: 'phone' });
    await signIn(carlos, CARLOS);
    expect(new URL(carlos.url()).pathname).toBe('/');
    await expectAccessible(carlos, 'home (phone, es)');
    await screenshot(carlos, 'phone-home-es');

    expect(await carlos.locator('html').getAttribute('lang')).toBe('es');
    expect(await heading(carlos)).toBe('Hola, Carlos');

    // On a phone the navigation sits at the bottom of the screen, the top one is hidden.
    const bottomNav = carlos.locator('nav.fixed');
    expect(await bottomNav.isVisible()).toBe(true);
    const box = await bottomNav.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeCloseTo(844, 0);
    expect(await carlos.locator('header nav').isVisible()).toBe(false);
    expect(await navLabels(carlos)).toEqual(['Inicio', 'Grupos', 'Buscar', 'Quejas']);
    // Each entry has its icon (rendered by the server, not by the navigation's client code).
    expect(await bottomNav.locator('a svg').count()).toBe(4);
    // Notifications are reached by the bell in the header, which says how many are unread.
    expect(await carlos.locator('header').getByRole('link', { name: /^Avisos, / }).isVisible()).toBe(true);
    // A member does not get the staff or management entries.
    expect(await carlos.getByRole('link', { name: 'Personal' }).count()).toBe(0);
    expect(await carlos.getByRole('link', { name: 'Gestión' }).count()).toBe(0);
    expect(await carlos.getByRole('link', { name: 'Inicio' }).getAttribute('aria-current')).toBe('page');

    await switchLanguage(carlos, 'English', 'en');
    await expect.poll(() => navLabels(carlos)).toEqual(['Home', 'Groups', 'Search', 'Complaints']);
    expect(await heading(carlos)).toBe('Hello, Carlos');
    expect(await carlos.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await carlos.getByRole('button', { name: 'Español', exact: true }).getAttribute('aria-pressed')).toBe('false');
    await expectAccessible(carlos, 'home (phone, en)');
    await screenshot(carlos, 'phone-home-en');

    await carlos.reload();
    expect(await carlos.locator('html').getAttribute('lang')).toBe('en');
    expect(await navLabels(carlos)).toEqual(['Home', 'Groups', 'Search', 'Complaints']);
    await expectAccessible(carlos, 'home after reload (phone, en)');

    // Stored on the account, not only in this browser: a brand-new browser signs in in English.
    await people.close(carlos);
    const elsewhere = await people.open('carlos-elsewhere');
    await visit(elsewhere, '/sign-in');
    expect(await elsewhere.locator('html').getAttribute('lang')).toBe('es');
    await signIn(elsewhere, CARLOS);
    expect(await elsewhere.locator('html').getAttribute('lang')).toBe('en');
    expect(await heading(elsewhere)).toBe('Hello, Carlos');
    await expectAccessible(elsewhere, 'home (desktop, en)');

    // Back to Spanish (from the footer switcher on a wide screen), for whoever comes next.
    await switchLanguage(elsewhere, 'Español', 'es');
    await expect.poll(() => navLabels(elsewhere)).toEqual(['Inicio', 'Grupos', 'Buscar', 'Quejas']);
    await elsewhere.reload();
    expect(await elsewhere.locator('html').getAttribute('lang')).toBe('es');
    await expectAccessible(elsewhere, 'home (desktop, es)');
  });

  it('puts the navigation and presence in the header on a wide screen', async () => {
    const carlos = await people.open('carlos');
    await signIn(carlos, CARLOS);
    await expectAccessible(carlos, 'home (desktop)');

    expect(await carlos.locator('header nav').isVisible()).toBe(true);
    expect(await carlos.locator('nav.fixed').isVisible()).toBe(false);
    expect(await navLabels(carlos)).toEqual(['Inicio', 'Grupos', 'Buscar', 'Quejas']);
    const presence = visible(carlos, '[data-testid=presence]');
    expect(await carlos.locator('header').locator('[data-testid=presence]').isVisible()).toBe(true);
    await expect.poll(() => presence.textContent(), { timeout: 10_000 }).toMatch(/^\d+ socios? conectados?$/);

    await carlos.locator('header nav').getByRole('link', { name: 'Grupos' }).click();
    await carlos.waitForURL((u) => u.pathname === '/groups');
    await expect.poll(() => heading(carlos)).toBe('Grupos');
    expect(await carlos.locator('header nav').getByRole('link', { name: 'Grupos' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(carlos, 'groups (desktop)');

    // Signing out (next-auth's client is loaded at the click) ends the session.
    await visit(carlos, '/settings');
    await carlos.getByRole('button', { name: 'Cerrar sesión', exact: true }).click();
    await carlos.waitForURL((u) => u.pathname === '/sign-in');
    await visit(carlos, '/');
    expect(new URL(carlos.url()).pathname).toBe('/sign-in');
  });
});
