import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, signIn, visible } from './support/app';

const people = browsers();

/** The number shown by the visible presence indicator, once it has connected. */
async function online(page: Page): Promise<number> {
  const text = (await visible(page, '[data-testid=presence]').textContent())?.trim() ?? '';
  const match = /^(\d+) socios? conectados?$/.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

function label(n: number): string {
  return n === 1 ? '1 socio conectado' : `${n} socios conectados`;
}

describe('presence', () => {
  it('counts people as they come and go, live', async () => {
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    const indicator = visible(ana, '[data-testid=presence]');
    // On a wide screen the visible indicator is the one in the header.
    expect(await ana.locator('header [data-testid=presence]').isVisible()).toBe(true);
    await expect.poll(() => online(ana), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    // Browsers of earlier test files may still be leaving: start from a number that holds still.
    let before = await online(ana);
    for (let settled = 0; settled < 2; ) {
      await ana.waitForTimeout(500);
      const now = await online(ana);
      settled = now === before ? settled + 1 : 0;
      before = now;
    }
    expect(await indicator.textContent()).toBe(label(before));
    await expectAccessible(ana, 'home (ana)');

    // Anything that reloads the page would lose this mark.
    await ana.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    // Someone else signs in, on a phone: Ana's count goes up without her doing anything.
    const lucia = await people.open('lucia', { viewport: 'phone' });
    await signIn(lucia, 'lucia.fernandez@clubribera.test');
    await expect.poll(() => online(ana), { timeout: 15_000 }).toBe(before + 1);
    expect(await indicator.textContent()).toBe(label(before + 1));
    expect(before + 1).toBeGreaterThan(1);
    expect(await indicator.textContent()).toMatch(/socios conectados$/);
    // Lucía's phone shows the same number, in the bar under the header.
    await expect.poll(() => online(lucia), { timeout: 15_000 }).toBe(before + 1);
    expect(await lucia.locator('header [data-testid=presence]').isVisible()).toBe(false);
    await expectAccessible(lucia, 'home (lucia, phone)');

    // A second tab of the same person is still one person.
    const luciaTab = await lucia.context().newPage();
    await luciaTab.goto(lucia.url());
    await expect.poll(() => online(luciaTab), { timeout: 15_000 }).toBe(before + 1);
    await expectAccessible(luciaTab, 'home (lucia, second tab)');
    await ana.waitForTimeout(800);
    expect(await online(ana)).toBe(before + 1);

    // She leaves: Ana is back to where she started.
    await people.close(lucia);
    await expect.poll(() => online(ana), { timeout: 15_000 }).toBe(before);
    expect(await indicator.textContent()).toBe(label(before));
    expect(await ana.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});
