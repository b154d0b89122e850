import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, url, visit } from './support/app';

// The demo community may have no complaints yet, or some: the checks hold either way. Each figure
// is a number or says "not enough data", consistently with the number of complaints it rests on.

const people = browsers();

const FIGURES = [
  'Quejas presentadas',
  'Tasa de respuesta (IR)',
  'Primera respuesta (mediana)',
  'Primera respuesta (percentil 90)',
  'Tasa de solución (IS)',
  'Satisfacción (CSAT)',
  'Valoración media',
  'Seguirían con nosotros (IN)',
];
const NOT_ENOUGH = 'Sin datos suficientes';

const card = (page: Page, label: string) => main(page).getByRole('region', { name: 'Cifras del periodo' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) });

async function expectWindow(page: Page, days: number) {
  const nav = main(page).getByRole('navigation', { name: 'Periodo' });
  expect(await nav.getByRole('link').allTextContents()).toEqual(['Últimos 30 días', 'Últimos 90 días', 'Últimos 365 días']);
  expect(await nav.locator('[aria-current="page"]').allTextContents()).toEqual([`Últimos ${days} días`]);
  const tableOrNone = main(page).getByRole('table', { name: `Cifras por sede: Últimos ${days} días` }).or(main(page).getByText('Aún no hay sedes en el tablón.'));
  await tableOrNone.first().waitFor();
}

async function expectFigures(page: Page) {
  const cards = main(page).getByRole('region', { name: 'Cifras del periodo' }).getByRole('listitem');
  expect(await cards.getByRole('heading', { level: 3 }).allTextContents()).toEqual(FIGURES);

  const value = async (label: string) => (await card(page, label).locator('p').first().textContent())!;
  const filed = Number((await value('Quejas presentadas')).replace(/\D/g, ''));
  for (const label of FIGURES) {
    const v = await value(label);
    expect(v === NOT_ENOUGH || /\d/.test(v), `${label}: ${v}`).toBe(true);
  }
  // Nothing filed, nothing to rate: the figures say so rather than show 0 %.
  if (filed === 0) {
    for (const label of FIGURES.slice(1)) expect(await value(label), label).toBe(NOT_ENOUGH);
  } else {
    expect(await value('Tasa de respuesta (IR)')).toMatch(/^\d+\s%$/);
  }

  // The trust index: a value out of 10, or not enough data with the reason; the method either way.
  const trust = main(page).locator('section', { has: page.getByRole('heading', { name: 'Índice de confianza', level: 2 }) });
  const trustText = (await trust.textContent())!;
  expect(/\d+,\d \/ 10/.test(trustText) || trustText.includes('Se publica a partir de 10 quejas valoradas')).toBe(true);
  await trust.getByRole('heading', { name: 'Cómo se calcula', level: 3 }).waitFor();
  await trust.getByText('Índice = 10 × (0,2 · IR + 0,3 · IS + 0,3 · (valoración media − 1) / 4 + 0,2 · IN)').waitFor();
  expect(trustText).toContain('al menos 10 quejas del periodo tienen respuesta a la encuesta');
  expect(trustText).toContain('7 valoraciones iguales a la media de toda la red');

  const table = main(page).getByRole('table');
  if ((await table.count()) > 0) {
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Sede',
      'Quejas',
      'Respuesta',
      '1.ª respuesta (mediana)',
      'Solución',
      'Valoración media',
      'Seguirían',
      'Encuestas',
      'Índice de confianza',
    ]);
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
  }
}

describe('transparency page', () => {
  for (const viewport of ['phone', 'desktop'] as const) {
    it(`shows a member every figure with its method and switches the window (${viewport})`, async () => {
      const ana = await people.open('ana', { viewport });
      await signIn(ana, ACCOUNTS.member);

      await visit(ana, '/board/transparency');
      expect(await heading(ana)).toBe('Transparencia');
      expect(await ana.title()).toMatch(/^Transparencia/);
      await expectWindow(ana, 90);
      await expectFigures(ana);
      // The branch table scrolls inside its own box; the page itself never scrolls sideways.
      expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(ana.viewportSize()!.width);

      await main(ana).getByRole('link', { name: 'Últimos 30 días' }).click();
      await ana.waitForURL((u) => u.pathname === '/board/transparency' && u.searchParams.get('window') === '30');
      await expectWindow(ana, 30);
      await expectFigures(ana);
      await expectAccessible(ana, `transparency 30 days (${viewport})`);

      await main(ana).getByRole('link', { name: 'Últimos 365 días' }).click();
      await ana.waitForURL((u) => u.searchParams.get('window') === '365');
      await expectWindow(ana, 365);
      await expectAccessible(ana, `transparency 365 days (${viewport})`);

      // Back to the default, which has the plain address; a hand-edited window falls back to it.
      await main(ana).getByRole('link', { name: 'Últimos 90 días' }).click();
      await ana.waitForURL((u) => u.pathname === '/board/transparency' && u.search === '');
      await expectWindow(ana, 90);
      await visit(ana, '/board/transparency?window=7', { axe: false });
      await expectWindow(ana, 90);
    });
  }

  it('sends a signed-out visitor to sign in while the board is private', async () => {
    const visitor = await people.open('visitor', { viewport: 'phone' });
    const response = await visitor.goto(url('/board/transparency?window=30'));
    expect(response?.status()).toBe(200);
    await visitor.waitForURL((u) => u.pathname === '/sign-in');
    expect(new URL(visitor.url()).searchParams.get('callbackUrl')).toBe('/board/transparency?window=30');
    expect(await heading(visitor)).toBe('Entrar');
    expect(await main(visitor).textContent()).not.toContain('Índice de confianza');
    await expectAccessible(visitor, 'sign-in from transparency');

    // Signing in leads back to the figures asked for.
    await signIn(visitor, ACCOUNTS.member);
    await visitor.waitForURL((u) => u.pathname === '/board/transparency' && u.searchParams.get('window') === '30');
    expect(await heading(visitor)).toBe('Transparencia');
  });
});
