import type { Page } from 'playwright-core';
import { main, visit } from './app';

/** Members of the demo community that the other e2e files leave alone, so their state is ours. */
export const QUIET_MEMBERS = {
  // In no seeded group: (i + gi) % (gi + 2) never holds for her in lib/demo/seed.ts.
  sara: { email: 'sara.castillo@clubribera.test', name: 'Sara Castillo' },
} as const;

/** A word no earlier run can have used: titles and names stay unique on a reused server. */
export function stamp(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

/** The unread count the header bell announces ("Avisos, 3 sin leer" / "Notifications, 3 unread"). */
export async function bellCount(page: Page): Promise<number> {
  const label = (await page.locator('header [data-testid=notification-bell]').getAttribute('aria-label')) ?? '';
  return /ninguno|none/i.test(label) ? 0 : Number(/(\d+)/.exec(label)?.[1] ?? Number.NaN);
}

export async function switchLanguage(page: Page, name: 'English' | 'Español', lang: 'en' | 'es'): Promise<void> {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Creates a group through /groups/new as the signed-in staff member and returns its slug. */
export async function createGroup(page: Page, fields: { name: string; description: string; visibility: 'open' | 'request' | 'private' }): Promise<string> {
  await visit(page, '/groups/new');
  await page.locator('#field-name').fill(fields.name);
  await page.locator('#field-description').fill(fields.description);
  await main(page).locator(`input[name=visibility][value=${fields.visibility}]`).check();
  await main(page).locator('button[type=submit]').click();
  await page.waitForURL((u) => /^\/groups\/[^/]+$/.test(u.pathname) && u.pathname !== '/groups/new');
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** Starts a thread in a group the signed-in person may post in; returns the thread's address. */
export async function startThread(page: Page, slug: string, fields: { title: string; body: string }): Promise<string> {
  await visit(page, `/groups/${slug}/new`);
  await page.locator('#field-title').fill(fields.title);
  await page.locator('#thread-body').fill(fields.body);
  await main(page).locator('button[type=submit]').last().click();
  await page.waitForURL(/\/groups\/[^/]+\/[0-9a-f-]{36}$/);
  return page.url();
}
