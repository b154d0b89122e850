import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { bellCount, stamp } from './support/community';

const people = browsers();

// The transparency figures are counted from events: filing one complaint and rating it moves them.
async function transparencyCounts(page: Page) {
  await visit(page, '/board/transparency?window=30');
  const cards = main(page).getByRole('region', { name: 'Cifras del periodo' }).getByRole('listitem');
  const card = (label: string) => cards.filter({ has: page.getByRole('heading', { name: label, exact: true }) });
  const filed = Number(((await card('Quejas presentadas').locator('p').first().textContent()) ?? '').replace(/\D/g, ''));
  const answers = Number(/Sobre (\d+) respuesta/.exec((await card('Satisfacción (CSAT)').textContent()) ?? '')?.[1] ?? 0);
  return { filed, answers };
}

describe('complaint board', () => {
  it('guards a phone number, answers by name live, proposes, confirms, rates, and the figures follow', async () => {
    const ana = await people.open('ana', { viewport: 'phone' });
    const laura = await people.open('laura');
    await signIn(ana, ACCOUNTS.member);
    await signIn(laura, ACCOUNTS.staff);
    const before = await transparencyCounts(ana);
    await expectAccessible(ana, 'transparency (phone)');

    // Filing: the guard finds the phone number, keeps the text, and offers the two ways on.
    await visit(ana, '/board');
    expect(await heading(ana)).toBe('Tablón de quejas');
    await main(ana).getByRole('link', { name: 'Presentar una queja' }).click();
    await ana.waitForURL('**/board/new');
    const title = `La máquina de bebidas del gimnasio se traga las monedas ${stamp()}`;
    await ana.locator('#field-title').fill(title);
    await ana.locator('#field-body').fill('Ayer perdí dos euros en la máquina de la entrada. Si necesitáis algo, llamadme al 612 345 678.');
    await ana.locator('#field-categoryId').selectOption({ label: 'Instalaciones' });
    await ana.locator('#field-branchId').selectOption({ label: 'Gimnasio' });
    await main(ana).getByRole('button', { name: 'Publicar la queja' }).click();
    const guard = main(ana).getByRole('alert').filter({ hasText: 'Hay datos personales en tu texto' });
    await guard.waitFor();
    expect(await guard.textContent()).toMatch(/Teléfono: .*•.*78 \(en la descripción\)/);
    expect(await ana.locator('#field-body').inputValue()).toContain('612 345 678');
    await expectAccessible(ana, 'filing with the guard open');
    await guard.getByRole('button', { name: 'Guardarlos solo en el caso privado' }).click();
    await ana.waitForURL(/\/board\/\d+$/);
    const complaintPath = new URL(ana.url()).pathname;
    expect(await heading(ana)).toBe(title);
    const publicBody = await ana.locator('#complaint-body').textContent();
    expect(publicBody).toContain('Ayer perdí dos euros');
    expect(publicBody).not.toContain('612 345 678');
    await main(ana).getByText('La conversación continúa en privado entre el autor y el club.').waitFor();
    await main(ana).getByText('Texto original con los datos personales, guardado aquí en lugar de publicarlo.').waitFor();
    await expectAccessible(ana, 'complaint page as its author (phone)');

    // Waiting for the club's first answer, since filing.
    await main(ana).getByText('Esperando la primera respuesta de Club Deportivo Ribera desde hace menos de una hora').waitFor();

    // Staff answer with a template; the author's open page shows the signed reply without reloading.
    await visit(laura, complaintPath);
    await main(laura).getByText('Texto original con los datos personales').waitFor();
    await expectAccessible(laura, 'complaint page as staff');
    const reply = main(laura).locator('section', { has: laura.getByRole('heading', { name: 'Responder oficialmente' }) });
    await reply.getByRole('combobox', { name: 'Insertar una plantilla…' }).selectOption({ index: 1 });
    const body = await reply.getByLabel('Texto').inputValue();
    expect(body).toContain('Ana Ruiz');
    // Signed with the signer's name and title, with the part only she can write marked.
    expect(body).toMatch(/Laura Gómez\nAtención al socio$/);
    expect(body).toMatch(/\[\[Qué vamos a hacer y cuándo/);
    // Left as it came, the marked part is refused next to the field, and the text stays to finish.
    await reply.getByRole('button', { name: 'Publicar' }).click();
    await reply.getByText('Queda texto de la plantilla por completar').waitFor();
    expect(await reply.getByLabel('Texto').inputValue()).toBe(body);
    await expectAccessible(laura, 'reply refused with a template part left');
    const bellBefore = await bellCount(ana);
    await reply.getByLabel('Texto').fill(body.replace(/\[\[[\s\S]*?\]\]/, 'El técnico abre la máquina mañana a primera hora y te devolvemos lo que se quedó dentro.'));
    await reply.getByRole('button', { name: 'Publicar' }).click();
    await reply.getByText('Publicado.').waitFor();
    const official = main(ana).getByRole('listitem').filter({ hasText: 'Respuesta oficial de Club Deportivo Ribera' });
    await official.waitFor();
    expect(await official.textContent()).toContain('Laura Gómez · Atención al socio');
    // Answered: now the club owes a solution or an update, counted from its reply.
    await main(ana).getByText(/^Esperando una solución o una novedad de Club Deportivo Ribera desde su última respuesta/).waitFor();
    // The bell rises live too, and its notification leads to the very reply on the timeline.
    await expect.poll(() => bellCount(ana), { timeout: 15_000 }).toBe(bellBefore + 1);
    await visit(ana, '/notifications');
    await main(ana).getByRole('button', { name: new RegExp(`Laura Gómez ha respondido oficialmente a la queja #\\d+ ${title}`) }).click();
    await ana.waitForURL((u) => u.pathname === complaintPath && /^#event-\d+$/.test(u.hash));
    expect(await ana.locator(`[id="${new URL(ana.url()).hash.slice(1)}"]`).textContent()).toContain('Laura Gómez · Atención al socio');
    await expect.poll(() => bellCount(ana)).toBe(bellBefore);

    // A proposed solution: the author confirms it and answers the survey once.
    await reply.getByLabel('Tipo de respuesta').selectOption('propose_solution');
    await reply.getByLabel('Texto').fill('Hemos avisado al proveedor y te devolvemos los dos euros en recepción.');
    await reply.getByRole('button', { name: 'Publicar' }).click();
    await main(ana).getByRole('heading', { name: '¿Te sirve la solución propuesta?' }).waitFor();
    await main(ana).getByText(/^Esperando que quien la presentó confirme la solución/).waitFor();
    await expectAccessible(ana, 'solution proposed (phone)');
    await main(ana).getByRole('button', { name: 'Sí, está resuelto' }).click();
    const survey = main(ana).locator('section, div').filter({ has: ana.getByRole('heading', { name: '¿Cómo ha ido?' }) }).last();
    await survey.waitFor();
    // She said it is solved already: the survey does not ask again.
    await survey.getByText('Ya nos dijiste que el problema está resuelto').waitFor();
    expect(await survey.getByRole('group', { name: '¿Se resolvió tu problema?' }).count()).toBe(0);
    await survey.getByRole('button', { name: 'Enviar valoración' }).click();
    await survey.getByText('Elige una puntuación de 1 a 5.').waitFor();
    // The stars are a radio group: Tab reaches it, the arrow keys move along it.
    const stars = survey.getByRole('group', { name: 'Puntuación' });
    await stars.getByRole('radio', { name: '1 estrella' }).focus();
    await ana.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await ana.keyboard.press('ArrowRight');
    expect(await stars.getByRole('radio', { name: '4 estrellas' }).isChecked()).toBe(true);
    await ana.keyboard.press('ArrowRight');
    expect(await stars.getByRole('radio', { name: '5 estrellas' }).isChecked()).toBe(true);
    expect(await stars.getByRole('radio', { checked: true }).count()).toBe(1);
    await expectAccessible(ana, 'survey with stars (phone)');
    await survey.getByRole('group', { name: '¿Seguirías siendo socio?' }).getByLabel('Sí').check();
    await survey.getByRole('button', { name: 'Enviar valoración' }).click();
    await main(ana).getByRole('heading', { name: 'Valoración del autor' }).waitFor();
    await main(ana).getByText('Resuelta en menos de una hora').waitFor();
    await main(ana).getByText('5/5 · problema resuelto').waitFor();
    expect(await main(ana).getByRole('button', { name: 'Enviar valoración' }).count()).toBe(0);
    await expectAccessible(ana, 'rated (phone)');

    const after = await transparencyCounts(ana);
    expect(after.filed).toBe(before.filed + 1);
    expect(after.answers).toBe(before.answers + 1);
  });

  it('shows a missed deadline in the staff inbox and keeps members out of it', async () => {
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    // The demo complaint nobody answered in three days: the SLA sweep marks it when the server starts.
    await visit(laura, '/staff/complaints?breached=1');
    const row = main(laura).getByRole('row').filter({ hasText: 'La web no deja reservar pista de pádel desde el móvil' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/retraso/);
    await expectAccessible(laura, 'inbox, breached only');

    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    const refused = await visit(ana, '/staff/complaints', { axe: false });
    expect(refused?.status()).toBe(403);
    expect(await ana.content()).not.toContain('La web no deja reservar');
  });
});
