import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';
import { ACCOUNTS, browsers, expectAccessible, main, screenshot, signIn, url, visit } from './support/app';

const people = browsers();

// In the football group, and in no other journey: suspending him changes nothing another test reads.
const MIGUEL = 'miguel.delgado@clubribera.test';

describe('a suspended member is told why', () => {
  it('on the open page, in place, with the draft still there; then at sign-in, with the reason', async () => {
    const miguel = await people.open('miguel', { viewport: 'phone' });
    await signIn(miguel, MIGUEL);
    await visit(miguel, '/groups/futbol');
    const links = await main(miguel).locator('a[href^="/groups/futbol/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const thread = links.find((href) => /^\/groups\/futbol\/[0-9a-f-]{36}$/.test(href))!;
    await visit(miguel, thread);
    const threadUrl = miguel.url();
    const draft = 'Pues yo creo que el entrenador no tiene ni idea, y lo digo con todo el respeto del mundo.';
    await miguel.locator('#reply-body').fill(draft);

    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, `/admin/members?q=${encodeURIComponent(MIGUEL)}`);
    await main(marta).getByRole('link', { name: /^Gestionar a / }).first().click();
    const panel = main(marta).locator('#manage');
    await panel.getByLabel('Nueva medida').selectOption({ label: 'Suspender' });
    await panel.getByLabel('Motivo (lo verá la persona)').fill('Insultos al cuerpo técnico en el grupo de Fútbol');
    await panel.getByRole('button', { name: 'Aplicar la medida' }).click();
    await panel.getByRole('alert').or(panel.getByRole('status')).first().waitFor();

    // Told live, where he is: the measure, until when, and the reason Marta wrote.
    const notice = miguel.getByRole('alert').filter({ hasText: 'Tu cuenta acaba de ser suspendida' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('Motivo: Insultos al cuerpo técnico en el grupo de Fútbol');
    expect(await notice.textContent()).toMatch(/Hasta el \d+ de \w+ de \d{4}/);
    await expectAccessible(miguel, 'sanction notice (phone)');
    await screenshot(miguel, 'sanction-notice-390-es');
    // The page stays, with what he was writing, instead of jumping to the sign-in.
    await miguel.waitForTimeout(2_000);
    expect(miguel.url()).toBe(threadUrl);
    expect(await miguel.locator('#reply-body').inputValue()).toBe(draft);

    // Administrative (no appeal): the session ended; signing in again says why, not only until when.
    await notice.getByRole('link', { name: 'Ver por qué y qué puedo hacer' }).click();
    await miguel.waitForURL((u) => u.pathname === '/sign-in' || u.pathname === '/account-status');
    if (!miguel.url().startsWith(url('/sign-in'))) await miguel.goto(url('/sign-in'));
    await miguel.locator('#field-email').fill(MIGUEL);
    await miguel.locator('#field-password').fill(DEMO_PASSWORD);
    await miguel.locator('main form button[type=submit]').click();
    const refused = main(miguel).getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/suspendida hasta el .*Motivo: Insultos al cuerpo técnico en el grupo de Fútbol/);
    await expectAccessible(miguel, 'sign-in refused with the reason');
  });
});
