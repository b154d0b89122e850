import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { bellCount, stamp, startThread } from './support/community';

const people = browsers();

async function reply(page: Page, body: string) {
  await page.locator('#reply-body').fill(body);
  await main(page).getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect.poll(() => page.locator('#reply-body').inputValue(), { timeout: 15_000 }).toBe('');
}

describe('notifications', () => {
  it('a mention rings the bell live, is listed under "Hoy", leads to the post, and "mark all as read" clears the bell', async () => {
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/groups');
    await ana.evaluate('window.__sameDocument = true');
    const before = await bellCount(ana);

    const laura = await people.open('laura', { viewport: 'phone' });
    await signIn(laura, ACCOUNTS.staff);
    const title = `para el sábado ${stamp()}`;
    // Two mentions in two threads: one is followed, the other is left for "mark all as read".
    const threadUrl = await startThread(laura, 'futbol', { title: `Petos ${title}`, body: '¿Quién tiene los petos?' });
    await reply(laura, '@Ana Ruiz ¿los tienes tú?');
    await startThread(laura, 'futbol', { title: `Conos ${title}`, body: '¿Y los conos?' });
    await reply(laura, 'Los conos, @Ana Ruiz.');

    await expect.poll(() => bellCount(ana), { timeout: 15_000 }).toBe(before + 2);
    expect(await ana.evaluate('window.__sameDocument === true')).toBe(true);

    await ana.locator('header [data-testid=notification-bell]').click();
    await ana.waitForURL((u) => u.pathname === '/notifications');
    expect(await heading(ana)).toBe('Avisos');
    await expectAccessible(ana, 'notifications with unread');
    const today = main(ana).locator('section', { has: ana.getByRole('heading', { name: 'Hoy', exact: true }) });
    const mentions = today.getByRole('button', { name: new RegExp(`Laura Gómez te ha mencionado en «\\w+ ${title}»`) });
    expect(await mentions.count()).toBe(2);

    await mentions.filter({ hasText: `Petos ${title}` }).click();
    await ana.waitForURL((u) => u.pathname === new URL(threadUrl).pathname && /^#post-[0-9a-f-]{36}$/.test(u.hash));
    const target = new URL(ana.url()).hash.slice(1);
    expect(await ana.locator(`[id="${target}"]`).textContent()).toContain('Ana Ruiz');
    await expect.poll(() => bellCount(ana)).toBe(before + 1);

    await visit(ana, '/notifications');
    // The one followed is now a plain link, read; the other is still a button.
    expect(await today.getByRole('link', { name: new RegExp(`«\\w+ ${title}»`) }).count()).toBe(1);
    await main(ana).getByRole('button', { name: 'Marcar todos como leídos' }).click();
    await expect.poll(() => ana.locator('header [data-testid=notification-bell]').getAttribute('aria-label')).toBe('Avisos, ninguno sin leer');
    await expect.poll(() => today.getByRole('link', { name: new RegExp(`«\\w+ ${title}»`) }).count()).toBe(2);
    expect(await main(ana).getByRole('button', { name: 'Marcar todos como leídos' }).count()).toBe(0);
    await expectAccessible(ana, 'notifications all read');
  });
});
