import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startReceiver } from '../integration/webhooks/receiver';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { stamp, startThread } from './support/community';

const people = browsers();
const receiver = await startReceiver();
afterAll(() => receiver.close());

describe('webhooks', () => {
  it('a manager registers an endpoint, a complaint is filed, and the signed delivery shows with "send again"', async () => {
    const marta = await people.open('marta', { viewport: 'desktop' });
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/admin');
    await main(marta).getByRole('link', { name: 'Webhooks' }).click();
    await marta.waitForURL('**/admin/integrations/webhooks');
    expect(await heading(marta)).toBe('Webhooks');
    await main(marta).getByText('Aún no hay destinos').waitFor();
    await expectAccessible(marta, 'webhooks (empty)');
    // A refused address keeps what was typed and says why next to the field.
    await marta.locator('#field-url').fill('ftp://crm.example.org/hook');
    await main(marta).getByLabel('Queja presentada').check();
    await main(marta).getByRole('button', { name: 'Añadir destino' }).click();
    await main(marta).getByText('Solo las direcciones http:// y https:// pueden recibir webhooks.').waitFor();
    expect(await marta.locator('#field-url').inputValue()).toBe('ftp://crm.example.org/hook');
    await marta.locator('#field-url').fill(receiver.url);
    await marta.locator('#field-description').fill('CRM de pruebas');
    await main(marta).getByRole('button', { name: 'Añadir destino' }).click();
    const secret = (await main(marta).getByTestId('webhook-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await expectAccessible(marta, 'webhooks (secret shown once)');

    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/board/new', { axe: false });
    const title = `El aparcamiento de bicis está roto ${stamp()}`;
    await ana.locator('#field-title').fill(title);
    await ana.locator('#field-body').fill('Dos de los anclajes del aparcamiento de bicis de la entrada están sueltos.');
    await ana.locator('#field-categoryId').selectOption({ label: 'Instalaciones' });
    await ana.locator('#field-branchId').selectOption({ label: 'Gimnasio' });
    await main(ana).getByRole('button', { name: 'Publicar la queja' }).click();
    await ana.waitForURL(/\/board\/\d+$/);

    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    const first = receiver.received[0]!;
    const payload = new Webhook(secret).verify(first.body, first.headers as Record<string, string>) as { type: string; data: { complaint: { title: string } } };
    expect(payload).toMatchObject({ type: 'complaint.filed', data: { complaint: { title } } });

    await visit(marta, '/admin/integrations/webhooks');
    await main(marta).getByRole('link', { name: /Envíos y ajustes/ }).first().click();
    await marta.waitForURL(/\/admin\/integrations\/webhooks\/[0-9a-f-]{36}$/);
    const delivery = main(marta).getByRole('listitem').filter({ hasText: 'Queja presentada' }).first();
    await delivery.getByText('Entregado').waitFor();
    await delivery.getByText('200').waitFor();
    await expectAccessible(marta, 'webhook deliveries');
    await delivery.getByRole('button', { name: 'Enviar de nuevo' }).click();
    await delivery.getByText('En cola para enviarse de nuevo.').waitFor();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    expect(receiver.received[1]!.headers['webhook-id']).toBe(first.headers['webhook-id']);
  });
});

/** The newest notification e-mail to `to` that may be answered in a thread, from the server's `.eml` outbox. */
async function threadMailTo(to: string, since: number) {
  const dir = path.join(inject('dataDir'), 'mail');
  const files = readdirSync(dir)
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).mtimeMs >= since)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const f of files) {
    const mail = await simpleParser(readFileSync(f));
    const addressed = mail.to && !Array.isArray(mail.to) ? mail.to.value.some((v) => v.address === to) : false;
    const replyTo = mail.replyTo?.value[0]?.address;
    if (addressed && replyTo && /se publica en el hilo/.test(mail.text ?? '')) return { replyTo, messageId: mail.messageId };
  }
  return null;
}

async function chooseReplies(page: Page, channel: string) {
  await visit(page, '/settings/notifications', { axe: false });
  await main(page).getByRole('group', { name: 'Respuestas en hilos que sigues' }).getByLabel(channel).check();
  await main(page).getByRole('button', { name: 'Guardar preferencias' }).click();
  await main(page).getByText('Preferencias guardadas.').waitFor();
}

describe('replies by e-mail', () => {
  it('a member answers a notification e-mail and sees the post on the thread', async () => {
    const ana = await people.open('ana2', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    await chooseReplies(ana, 'Correo al momento (y en la campana)');
    const since = Date.now() - 1000;
    const threadUrl = await startThread(ana, 'futbol', { title: `Camisetas nuevas ${stamp()}`, body: '¿Cuándo llegan las camisetas de la temporada?' });
    const laura = await people.open('laura', { viewport: 'desktop' });
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, new URL(threadUrl).pathname);
    await laura.locator('#reply-body').fill('La semana que viene, en la tienda del club.');
    await main(laura).getByRole('button', { name: 'Enviar respuesta' }).click();
    await expect.poll(() => laura.locator('#reply-body').inputValue(), { timeout: 15_000 }).toBe('');

    let mail: Awaited<ReturnType<typeof threadMailTo>> = null;
    await expect.poll(async () => (mail = await threadMailTo(ACCOUNTS.member, since)), { timeout: 30_000, interval: 1_000 }).not.toBeNull();
    const smtp = nodemailer.createTransport({ host: '127.0.0.1', port: inject('inboundSmtpPort'), secure: false, ignoreTLS: true });
    await smtp.sendMail({
      from: ACCOUNTS.member,
      to: mail!.replyTo,
      subject: 'Re: respuesta',
      inReplyTo: mail!.messageId,
      text: '¡Perfecto, allí iré a por la mía!\n\nEl mar, 8 dic 2026, Club Deportivo Ribera escribió:\n> La semana que viene, en la tienda del club.\n',
    });

    await visit(ana, new URL(threadUrl).pathname);
    await main(ana).getByText('¡Perfecto, allí iré a por la mía!').waitFor();
    expect(await main(ana).getByText('Club Deportivo Ribera escribió').count()).toBe(0);
    await chooseReplies(ana, 'Solo en la campana');
  });
});
