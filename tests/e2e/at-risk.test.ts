import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';

const people = browsers();

// The demo's long-standing member: her complaint has gone unanswered past its SLA since the seed.
const TERESA = 'Teresa Vega';

describe('members at risk', () => {
  it('a 19-year member breaches, the manager is alerted, staff follow up, log a call, close "stayed", and the win-back figure moves', async () => {
    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);

    // The first SLA sweep breached her complaint; every manager was told at once.
    await visit(marta, '/notifications');
    await main(marta).getByText(`${TERESA}, socio desde hace diez años o más, está ahora en riesgo alto de irse`).first().waitFor();

    // The win-back rate before: no follow-up closed yet.
    await visit(marta, '/admin/dashboard');
    const winBack = main(marta).locator('#at-risk').getByRole('listitem').filter({ has: marta.getByRole('heading', { name: 'Tasa de recuperación', exact: true }) });
    expect(await winBack.textContent()).toContain('0 se quedan de 0 cerrados');

    // Staff open a follow-up from her card.
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/staff');
    await main(laura).getByRole('link', { name: 'Ver socios en riesgo' }).click();
    await laura.waitForURL((u) => u.pathname === '/staff/at-risk');
    expect(await heading(laura)).toBe('Socios en riesgo');
    const card = main(laura).getByRole('listitem').filter({ has: laura.getByRole('heading', { name: TERESA, exact: true }) });
    await card.getByText('Riesgo alto', { exact: true }).waitFor();
    await card.getByText('Socio de diez años o más, y la queja').waitFor();
    await expectAccessible(laura, 'members at risk');

    // A due date in the past is refused next to its field, what was typed kept.
    await card.getByText('Abrir un seguimiento', { exact: true }).click();
    await card.getByLabel('Fecha límite').fill('2020-01-01');
    await card.getByLabel('Nota (opcional)').fill('Llamar por la tarde');
    await card.getByRole('button', { name: 'Abrir seguimiento' }).click();
    await card.getByText('La fecha límite no puede estar en el pasado.').waitFor();
    expect(await card.getByLabel('Nota (opcional)').inputValue()).toBe('Llamar por la tarde');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await card.getByLabel('Fecha límite').fill(tomorrow);
    await card.getByRole('button', { name: 'Abrir seguimiento' }).click();

    // The call, logged; then closed "stayed".
    await card.getByLabel('Qué ha pasado').fill('Hablamos con Teresa: el técnico arregla la barrera mañana y le devolvemos el mes de aparcamiento.');
    await card.getByRole('button', { name: 'Anotar contacto' }).click();
    await card.getByText('Hablamos con Teresa: el técnico arregla la barrera mañana').waitFor();
    await card.getByLabel('Resultado').selectOption('stayed');
    await card.getByRole('button', { name: 'Cerrar seguimiento' }).click();
    // The breach is settled by the call; her complaint, still unanswered, keeps her on watch.
    await card.getByText('Vigilar', { exact: true }).waitFor();
    await expectAccessible(laura, 'members at risk after the follow-up');

    // The figure moved.
    await visit(marta, '/admin/dashboard');
    await expect.poll(async () => winBack.textContent()).toContain('1 se quedan de 1 cerrados');
    expect(await winBack.textContent()).toContain('100');
  });

  it('a member is refused the page', async () => {
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    const res = await visit(ana, '/staff/at-risk', { axe: false });
    expect(res?.status()).toBe(403);
  });
});
