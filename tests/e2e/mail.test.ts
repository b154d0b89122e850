import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { stamp, startThread } from './support/community';

const people = browsers();

async function chooseReplies(page: Page, channel: string) {
  await visit(page, '/settings/notifications');
  await main(page).getByRole('group', { name: 'Respuestas en hilos que sigues' }).getByLabel(channel).check();
  await main(page).getByRole('button', { name: 'Guardar preferencias' }).click();
  await main(page).getByText('Preferencias guardadas.').waitFor();
}

describe('notification e-mail', () => {
  it('a member chooses e-mail for replies, a reply is mailed, and the manager sees it in the outbox', async () => {
    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/settings');
    await main(ana).getByRole('link', { name: 'Elegir cómo me avisáis' }).click();
    await ana.waitForURL('**/settings/notifications');
    expect(await heading(ana)).toBe('Cómo te avisamos');
    await expectAccessible(ana, 'notification preferences (phone)');
    // Respectful defaults: complaints by e-mail, reactions in the bell only.
    expect(await main(ana).getByRole('group', { name: 'Mis quejas y las que sigo' }).getByLabel('Correo al momento (y en la campana)').isChecked()).toBe(true);
    expect(await main(ana).getByRole('group', { name: 'Reacciones a tus mensajes' }).getByLabel('Solo en la campana').isChecked()).toBe(true);
    await chooseReplies(ana, 'Correo al momento (y en la campana)');
    await visit(ana, '/settings/notifications');
    expect(await main(ana).getByRole('group', { name: 'Respuestas en hilos que sigues' }).getByLabel('Correo al momento (y en la campana)').isChecked()).toBe(true);

    // Ana writes, so she follows; Laura's answer reaches her by e-mail.
    const title = `Botas de tacos ${stamp()}`;
    const threadUrl = await startThread(ana, 'futbol', { title, body: '¿Alguien sabe dónde arreglan botas?' });
    await main(ana).getByText('Sigues este hilo: te avisamos de cada respuesta.').waitFor();
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, new URL(threadUrl).pathname);
    await laura.locator('#reply-body').fill('En la zapatería de la plaza.');
    await main(laura).getByRole('button', { name: 'Enviar respuesta' }).click();
    await expect.poll(() => laura.locator('#reply-body').inputValue(), { timeout: 15_000 }).toBe('');

    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/admin');
    await main(marta).getByRole('link', { name: 'Correo saliente' }).click();
    await marta.waitForURL('**/admin/mail');
    // Sent within seconds: the mailer is woken by the commit, not by its next round.
    const mailed = main(marta).getByRole('listitem').filter({ hasText: 'Ana Ruiz' }).filter({ hasText: 'Respuestas en hilos que sigues' }).filter({ hasText: 'Enviado' });
    await expect
      .poll(
        async () => {
          await visit(marta, '/admin/mail?status=sent', { axe: false });
          return mailed.count();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    await expectAccessible(marta, 'admin outbox');

    // An altered unsubscribe link says so plainly.
    await visit(ana, '/unsubscribe/not-a-real-token');
    await main(ana).getByText('Este enlace no es válido').waitFor();

    // Unfollowing from the thread itself, and back to the default for the other tests.
    await visit(ana, new URL(threadUrl).pathname);
    await main(ana).getByRole('button', { name: 'Dejar de seguir' }).click();
    await main(ana).getByText('No sigues este hilo.').waitFor();
    await chooseReplies(ana, 'Solo en la campana');
  });
});
