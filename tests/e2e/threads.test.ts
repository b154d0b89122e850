import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import xss from '../fixtures/xss.json';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, url, visit } from './support/app';

const people = browsers();

/** The unread count the header bell announces ("Avisos, 3 sin leer"). */
async function bellCount(page: Page): Promise<number> {
  const label = (await page.locator('header').getByRole('link', { name: /^Avisos/ }).getAttribute('aria-label')) ?? '';
  return /ninguno/.test(label) ? 0 : Number(/(\d+) sin leer/.exec(label)?.[1] ?? Number.NaN);
}

/** Marks the document; if the page reloads or navigates, the mark is gone. */
async function markDocument(page: Page) {
  await page.evaluate('window.__sameDocument = true');
}
async function sameDocument(page: Page): Promise<boolean> {
  return (await page.evaluate('window.__sameDocument === true')) as boolean;
}

async function startThread(page: Page, slug: string, fields: { title: string; body: string; poll?: { question: string; options: string[] } }) {
  await visit(page, `/groups/${slug}/new`);
  await page.locator('#field-title').fill(fields.title);
  await page.locator('#thread-body').fill(fields.body);
  if (fields.poll) {
    await page.getByText('Añadir una encuesta').click();
    await page.locator('#field-pollQuestion').fill(fields.poll.question);
    await page.locator('#field-pollOptions').fill(fields.poll.options.join('\n'));
  }
  await main(page).locator('button[type=submit]').last().click();
  await page.waitForURL(/\/groups\/[^/]+\/[0-9a-f-]{36}$/);
  return page.url();
}

describe('threads', () => {
  it('a reply, a reaction and a poll vote reach another member live; a mention is autocompleted', async () => {
    const ana = await people.open('ana');
    const laura = await people.open('laura', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    await signIn(laura, ACCOUNTS.staff);

    const title = `Convocatoria ${Date.now()}`;
    const threadUrl = await startThread(ana, 'futbol', { title, body: 'Partido el **sábado** a las 10:00.', poll: { question: '¿Quién viene?', options: ['Yo', 'No puedo'] } });
    expect(await heading(ana)).toBe(title);
    await expectAccessible(ana, 'thread (ana)');

    await laura.goto(threadUrl);
    await expectAccessible(laura, 'thread (laura, phone)');
    await markDocument(laura);
    await markDocument(ana);
    const bellBefore = await bellCount(laura);

    // Ana replies and mentions Laura, choosing her from the suggestions with the keyboard.
    const box = ana.locator('#reply-body');
    await box.click();
    await box.pressSequentially('Hola @Lau');
    const option = ana.getByRole('option', { name: 'Laura Gómez' });
    await option.waitFor();
    await box.press('Enter');
    await box.pressSequentially('¿traes los balones?');
    expect(await box.inputValue()).toBe('Hola @Laura Gómez ¿traes los balones?');
    await main(ana).getByRole('button', { name: 'Enviar respuesta' }).click();

    // Laura sees it without reloading, with her name marked as a mention.
    const reply = laura.locator('li', { hasText: '¿traes los balones?' }).last();
    await reply.waitFor({ timeout: 15_000 });
    expect(await reply.locator('.mention').textContent()).toBe('@Laura Gómez');
    expect(await sameDocument(laura)).toBe(true);
    // The mention rings Laura's bell, live too.
    await expect.poll(() => bellCount(laura), { timeout: 15_000 }).toBe(bellBefore + 1);

    // Laura reacts to Ana's first post and votes: Ana's page follows live.
    const firstPost = laura.locator('ol > li').first();
    await firstPost.getByRole('button', { name: 'Añadir una reacción' }).click();
    await firstPost.getByRole('button', { name: 'Reaccionar con me encanta' }).click();
    await ana.locator('ol > li').first().getByRole('button', { name: /me encanta 1$/ }).waitFor({ timeout: 15_000 });
    await laura.getByLabel('Yo').check();
    await laura.getByRole('button', { name: 'Votar' }).click();
    await expect.poll(() => ana.locator('[data-testid=poll-votes]').first().textContent(), { timeout: 15_000 }).toContain('1 voto (100%)');
    expect(await sameDocument(ana)).toBe(true);
    // A poll without a closing date says how many voted, with nothing dangling after it.
    expect(await ana.getByText('1 persona ha votado', { exact: true }).count()).toBe(1);
    await expectAccessible(ana, 'thread after live updates');
    // "Change my vote" with the same choice says so instead of seeming to vote again.
    await laura.getByRole('button', { name: 'Cambiar mi voto' }).click();
    await laura.getByText('Ese ya es tu voto: elige otra opción para cambiarlo.').waitFor();
  });

  it('keeps the text and explains an empty or too long reply; edits leave a visible history', async () => {
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    const threadUrl = await startThread(ana, 'gimnasio', { title: `Rutina ${Date.now()}`, body: 'Sentadillas y plancha.' });
    const send = main(ana).getByRole('button', { name: 'Enviar respuesta' });
    await send.click();
    await ana.getByText('Escribe algo antes de publicar.').waitFor();
    const long = 'a'.repeat(20_001);
    await ana.locator('#reply-body').fill(long);
    await send.click();
    await ana.getByText('El mensaje no puede pasar de 20.000 caracteres.').waitFor();
    expect((await ana.locator('#reply-body').inputValue()).length).toBe(20_001);
    await expectAccessible(ana, 'reply errors');

    await ana.goto(threadUrl);
    const first = main(ana).locator('ol > li').first();
    await first.getByRole('button', { name: 'Editar' }).click();
    await first.getByLabel('Editar mensaje').fill('Sentadillas, plancha y **zancadas**.');
    await first.getByRole('button', { name: 'Guardar' }).click();
    await ana.locator('strong', { hasText: 'zancadas' }).waitFor();
    await ana.getByRole('link', { name: '(editado)' }).click();
    await ana.waitForURL(/\/history\//);
    await expectAccessible(ana, 'post history');
    expect(await ana.getByText('Sentadillas y plancha.').count()).toBe(1);
  });

  it('a private group and its threads do not exist for a member outside it', async () => {
    const laura = await people.open('laura');
    await signIn(laura, ACCOUNTS.staff);
    await visit(laura, '/groups/sociedad');
    const link = main(laura).getByRole('link', { name: 'Cena de fin de temporada' });
    const threadPath = new URL(await link.getAttribute('href').then((h) => url(h!))).pathname;

    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    for (const path of ['/groups/sociedad', threadPath, '/groups/sociedad/new']) {
      const response = await visit(ana, path);
      expect(response?.status()).toBe(404);
      const html = await ana.content();
      expect(html).not.toContain('Cena de fin de temporada');
      expect(html).not.toContain('Sociedad');
    }
  });

  it('renders the XSS corpus as inert text in a title, posts and poll options', async () => {
    const ana = await people.open('ana');
    await signIn(ana, ACCOUNTS.member);
    const dialogs: string[] = [];
    ana.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const payloads = xss.html;
    const short = payloads.filter((p) => p.length <= 100 && p.trim().length > 0);
    const title = payloads.find((p) => p.includes('<script') && p.length <= 160)!;
    const bodies: string[] = [''];
    for (const p of payloads) {
      if (bodies.at(-1)!.length + p.length > 19_000) bodies.push('');
      bodies[bodies.length - 1] += `${p}\n\n`;
    }
    await startThread(ana, 'futbol', { title, body: bodies[0]!, poll: { question: short[0]!.padEnd(3, '.'), options: short.slice(1, 11) } });
    for (const body of bodies.slice(1)) {
      await ana.locator('#reply-body').fill(body);
      await main(ana).getByRole('button', { name: 'Enviar respuesta' }).click();
      await expect.poll(() => ana.locator('#reply-body').inputValue(), { timeout: 15_000 }).toBe('');
    }
    await ana.reload();
    expect(await heading(ana)).toBe(title);
    const report = (await ana.evaluate(`(() => {
      const main = document.querySelector('main');
      const all = [...main.querySelectorAll('*')];
      return {
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        jsLinks: all.filter((el) => /^\\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action') || '')).length,
        scripts: main.querySelectorAll('script:not([nonce]), iframe, object, embed, svg script').length,
        options: [...main.querySelectorAll('fieldset label')].map((l) => l.textContent),
        pwned: window.__pwned === true,
      };
    })()`)) as { handlers: number; jsLinks: number; scripts: number; options: string[]; pwned: boolean };
    expect(report).toMatchObject({ handlers: 0, jsLinks: 0, scripts: 0, pwned: false });
    expect(report.options.join('')).toContain(short[1]);
    expect(dialogs).toEqual([]);
    await expectAccessible(ana, 'xss thread');
  });
});
