import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, main, signIn, visit } from './support/app';
import { stamp, startThread } from './support/community';

const people = browsers();

// A member of Fútbol (lib/demo/seed.ts: even places in the member list) whom no other e2e file uses.
const JAVIER = 'javier.moreno@clubribera.test';

describe('moderation', () => {
  it('a reported insult reaches the live queue, is hidden with a reason, appealed, and restored by another moderator', async () => {
    const [ana, javier, laura] = [await people.open('ana'), await people.open('javier', { viewport: 'phone' }), await people.open('laura')];
    await Promise.all([signIn(ana, ACCOUNTS.member), signIn(javier, JAVIER), signIn(laura, ACCOUNTS.staff)]);
    const word = stamp();
    const insult = `Ana, eres una inútil y no sabes ni jugar ${word}`;

    const threadUrl = await startThread(ana, 'futbol', { title: `Convocatoria ${word}`, body: '¿Quién viene el sábado?' });
    await visit(javier, new URL(threadUrl).pathname);
    await javier.locator('#reply-body').fill(insult);
    await main(javier).getByRole('button', { name: 'Enviar respuesta' }).click();
    await main(javier).getByText(insult).waitFor();

    // Laura keeps the queue open; it must change without a reload.
    await visit(laura, '/staff/moderation');
    await laura.evaluate('window.__sameDocument = true');

    // Ana reports the reply from its own menu.
    await ana.reload();
    const post = main(ana).locator('li[id^="post-"]', { hasText: word });
    const quote = post.getByRole('button', { name: 'Citar' });
    const quoteBefore = await quote.boundingBox();
    await post.getByText('Denunciar', { exact: true }).click();
    // The opened form takes its own line: the post's other actions stay where they were.
    expect(await quote.boundingBox()).toEqual(quoteBefore);
    await post.locator('input[name=target][value^="post:"]').check();
    await post.locator('input[name=reason][value=abuse]').check();
    await post.locator('textarea[name=note]').fill('Me insulta delante de todo el equipo');
    await expectAccessible(ana, 'report form');
    await post.getByRole('button', { name: 'Enviar denuncia' }).click();
    await post.getByText('Gracias. La moderación lo revisará').waitFor();

    const item = main(laura).locator('ol > li', { hasText: word });
    await item.waitFor();
    expect(await laura.evaluate('window.__sameDocument === true')).toBe(true);
    await expect.poll(() => item.textContent()).toContain('Insulto o abuso × 1');
    await expectAccessible(laura, 'queue with the report');
    // The decisions sit on one line, "Sin infracción" beside "Ocultar" rather than pushed aside.
    const [hide, dismiss] = [await item.getByRole('button', { name: 'Ocultar', exact: true }).boundingBox(), await item.getByRole('button', { name: 'Sin infracción' }).boundingBox()];
    expect(dismiss!.y).toBe(hide!.y);
    expect(dismiss!.x).toBeGreaterThan(hide!.x + hide!.width);
    expect(dismiss!.x - (hide!.x + hide!.width)).toBeLessThan(40);
    await item.locator('select[name=reason]').first().selectOption('abuse');
    await item.getByRole('button', { name: 'Ocultar', exact: true }).click();
    await item.waitFor({ state: 'detached' });

    // Everyone sees the tombstone with the reason instead of the text.
    await visit(ana, new URL(threadUrl).pathname);
    await main(ana).getByText('Ocultado por la moderación: insultos o abuso').waitFor();
    expect(await main(ana).textContent()).not.toContain('no sabes ni jugar');

    // Javier is told why, reads the decision and appeals once.
    await visit(javier, '/notifications');
    await main(javier).getByRole('button', { name: /La moderación ha actuado sobre tu mensaje: insultos o abuso/ }).first().click();
    await javier.waitForURL(/\/moderation\/decisions\//);
    await expectAccessible(javier, 'decision');
    await main(javier).locator('textarea[name=body]').fill('Era una broma entre compañeros de equipo, ya le he pedido perdón.');
    await main(javier).getByRole('button', { name: 'Enviar recurso' }).click();
    await main(javier).getByText('Recurso pendiente').waitFor();
    const decisionUrl = new URL(javier.url()).pathname;

    // The moderator who hid it may not decide the appeal; Jorge does.
    await laura.reload();
    const lauraAppeal = main(laura).locator('#appeals section', { hasText: word });
    await lauraAppeal.getByText('El recurso lo decide una persona distinta').waitFor();
    const jorge = await people.open('jorge');
    await signIn(jorge, ACCOUNTS.staff2);
    await visit(jorge, '/staff/moderation');
    const appeal = main(jorge).locator('#appeals section', { hasText: word });
    await appeal.getByRole('button', { name: 'Aceptar y restaurar' }).click();
    await appeal.waitFor({ state: 'detached' });

    await visit(ana, new URL(threadUrl).pathname);
    await main(ana).getByText(insult).waitFor();
    await visit(javier, decisionUrl);
    await main(javier).getByText('Recurso aceptado').waitFor();
    await visit(javier, '/moderation');
    await visit(ana, '/board/moderation');
  });
});
