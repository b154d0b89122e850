import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, url, visit } from './support/app';
import { stamp } from './support/community';

const people = browsers();

/** The survey answers behind the CSAT card, as the card says them ("Con 3 respuestas a la encuesta"). */
async function csatAnswers(page: Page): Promise<number> {
  const card = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Satisfacción (CSAT)', exact: true }) }).first();
  const text = (await card.textContent()) ?? '';
  return text.includes('Sin respuestas') ? 0 : Number(/Con (\d+) respuesta/.exec(text)?.[1] ?? Number.NaN);
}

describe('manager dashboard', () => {
  it('shows the figures, changes the period, opens a chart’s table, exports CSV and follows a new answer live', async () => {
    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/admin');
    await main(marta).getByRole('link', { name: 'Panel de dirección' }).click();
    await marta.waitForURL('**/admin/dashboard');
    expect(await heading(marta)).toBe('Panel de dirección');
    await expectAccessible(marta, 'dashboard');

    // Another period: the preset link becomes the current one and the figures are recounted.
    await main(marta).getByRole('link', { name: 'Últimos 90 días' }).click();
    await marta.waitForURL('**/admin/dashboard?window=90');
    const current = main(marta).getByRole('navigation', { name: 'Periodo' }).locator('[aria-current="page"]');
    expect(await current.textContent()).toBe('Últimos 90 días');

    // A chart is drawn, and the exact values are behind it in a table.
    const satisfaction = main(marta).locator('figure').filter({ hasText: 'Satisfacción a lo largo del tiempo' });
    await satisfaction.locator('.recharts-wrapper').waitFor();
    expect(await satisfaction.locator('.recharts-line').count()).toBe(3);
    await satisfaction.getByText('Ver la tabla de datos').click();
    const table = satisfaction.getByRole('table', { name: 'Cifras a lo largo del tiempo' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').first().textContent()).toBe('Desde');
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(10);
    await expectAccessible(marta, 'dashboard with a table open');

    // The CSV of a breakdown, for the same period.
    const csvHref = await main(marta).locator('figure').filter({ hasText: 'Por categoría' }).getByRole('link', { name: 'Descargar CSV' }).getAttribute('href');
    expect(csvHref).toBe('/admin/dashboard/export?window=90&table=categories');
    const csv = await marta.request.get(url(csvHref!));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    // Spanish Excel's conventions: semicolons, decimal commas, the unit of each figure in its header.
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Categoría;Quejas;Respuesta \(%\);1\.ª respuesta \(mediana\) \((min|h|días)\);/);
    expect(lines.some((l) => /^Instalaciones;\d+;\d+,\d;/.test(l))).toBe(true);
    const xlsxHref = await main(marta).locator('figure').filter({ hasText: 'Por categoría' }).getByRole('link', { name: 'Descargar Excel (.xlsx)' }).getAttribute('href');
    const xlsx = await marta.request.get(url(xlsxHref!));
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // The breakdowns fit a 1366 px screen without sideways scrolling.
    await marta.setViewportSize({ width: 1366, height: 900 });
    const overflowing = await main(marta).locator('section[aria-labelledby="breakdowns-title"] [role=region]').evaluateAll((regions) => regions.filter((r) => r.scrollWidth > r.clientWidth + 1).length);
    expect(overflowing).toBe(0);

    // An inverted custom range is refused next to the field, with the dates as typed.
    await marta.locator('#field-from').fill('2026-03-10');
    await marta.locator('#field-to').fill('2026-03-01');
    await main(marta).getByRole('button', { name: 'Ver este periodo' }).click();
    await main(marta).getByText('La fecha final es anterior a la inicial.').first().waitFor();
    expect(await marta.locator('#field-from').inputValue()).toBe('2026-03-10');
    expect(await marta.locator('#field-to').inputValue()).toBe('2026-03-01');
    expect(await marta.locator('#field-to').getAttribute('aria-invalid')).toBe('true');

    // A member cannot open it, nor its export.
    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    expect((await ana.goto(url('/admin/dashboard')))!.status()).toBe(403);
    expect((await ana.request.get(url('/admin/dashboard/export?table=staff'))).status()).toBe(403);

    // A new satisfaction answer moves the dashboard without a reload.
    await visit(marta, '/admin/dashboard?window=7');
    const before = await csatAnswers(marta);
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(ana, '/board/new', { axe: false });
    await ana.locator('#field-title').fill(`Las duchas del vestuario no calientan ${stamp()}`);
    await ana.locator('#field-body').fill('Desde el lunes el agua sale fría en todas las duchas del vestuario de mujeres.');
    await ana.locator('#field-categoryId').selectOption({ label: 'Instalaciones' });
    await ana.locator('#field-branchId').selectOption({ label: 'Gimnasio' });
    await main(ana).getByRole('button', { name: 'Publicar la queja' }).click();
    await ana.waitForURL(/\/board\/\d+$/);
    await visit(laura, new URL(ana.url()).pathname, { axe: false });
    const reply = main(laura).locator('section', { has: laura.getByRole('heading', { name: 'Responder oficialmente' }) });
    await reply.getByLabel('Tipo de respuesta').selectOption('propose_solution');
    await reply.getByLabel('Texto').fill('Lo sentimos. El técnico ha cambiado la caldera esta mañana: ya sale caliente.');
    await reply.getByRole('button', { name: 'Publicar' }).click();
    await main(ana).getByRole('button', { name: 'Sí, está resuelto' }).click();
    const survey = main(ana).locator('section, div').filter({ has: ana.getByRole('heading', { name: '¿Cómo ha ido?' }) }).last();
    await survey.getByRole('group', { name: 'Puntuación' }).getByLabel('4 estrellas').check();
    await survey.getByRole('group', { name: '¿Seguirías siendo socio?' }).getByLabel('Sí').check();
    await survey.getByRole('button', { name: 'Enviar valoración' }).click();
    await main(ana).getByRole('heading', { name: 'Valoración del autor' }).waitFor();
    await expect.poll(() => csatAnswers(marta), { timeout: 15_000 }).toBe(before + 1);

    // Staff see their own figures, not someone else's, and not the managers' dashboard.
    await visit(laura, '/staff');
    await main(laura).getByRole('link', { name: 'Ver mis cifras' }).click();
    await laura.waitForURL('**/staff/figures');
    expect(await heading(laura)).toBe('Mis cifras');
    await expectAccessible(laura, 'own figures');
    expect((await laura.goto(url('/staff/figures?user=00000000-0000-4000-8000-000000000000')))!.status()).toBe(403);
    expect((await laura.goto(url('/admin/dashboard')))!.status()).toBe(403);
  });
});
