// Single sign-on in Chromium against a real OpenID provider (tests/support/oidc-provider.ts). The run's
// own server has no provider configured, so this file starts a second one, on the same build, that has.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ID, CLIENT_SECRET, startOidcProvider, type TestProvider } from '../support/oidc-provider';
import { freePort, startAppServer } from './global-setup';
import { acceptTermsIfAsked, ACCOUNTS, browsers, expectAccessible, heading, screenshot } from './support/app';

const people = browsers();
let op: TestProvider;
let app: { url: string; teardown: () => Promise<void> };

beforeAll(async () => {
  const port = await freePort();
  op = await startOidcProvider({ redirectUri: `http://localhost:${port}/api/auth/callback/oidc` });
  app = await startAppServer({
    port,
    logName: 'e2e-oidc-server',
    extraEnv: { OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_NAME: 'Club ID', OIDC_JOIN: 'open' },
  });
});

afterAll(async () => {
  await app?.teardown();
  await op?.close();
});

/** From the community's sign-in page through the provider's own login form and back. */
async function signInWithProvider(page: Page, button: string, login: string) {
  await page.goto(`${app.url}/sign-in`);
  await expectAccessible(page, `sign-in with ${button}`);
  await screenshot(page, `sso-sign-in-${page.viewportSize()?.width}-${button}`);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((u) => u.href.startsWith(op.issuer), { timeout: 30_000 });
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password');
  await page.locator('button[type=submit]').click();
  await page.waitForURL((u) => u.href.startsWith(app.url), { timeout: 30_000 });
  await page.waitForLoadState('load');
}

describe('single sign-on through the OpenID provider', () => {
  it('signs a member in by her verified e-mail, next to the password form (desktop, Spanish)', async () => {
    op.addAccount({ sub: 'ana-at-provider', email: ACCOUNTS.member, email_verified: true, name: 'Ana R.' });
    const ana = await people.open('ana');
    await ana.goto(`${app.url}/sign-in`);
    // The password form is still there, with the provider's button beside it.
    expect(await ana.locator('#field-password').count()).toBe(1);
    await signInWithProvider(ana, 'Entrar con Club ID', 'ana-at-provider');
    expect(new URL(ana.url()).pathname).not.toMatch(/^\/sign-in/);
    expect(await ana.locator('header').getByRole('link', { name: /Ana Ruiz/ }).count()).toBe(1);
    await expectAccessible(ana, 'home after single sign-on');
  });

  it('lets an unknown customer join with the membership number the provider gives (phone, English)', async () => {
    op.addAccount({ sub: 'pablo-at-provider', email: `pablo.${Date.now()}@example.test`, email_verified: true, name: 'Pablo Nuevo', membership_number: 'C-7781', locale: 'en' });
    const pablo = await people.open('pablo', { viewport: 'phone' });
    await pablo.context().addCookies([{ name: 'tertulia_locale', value: 'en', url: app.url }]);
    await signInWithProvider(pablo, 'Sign in with Club ID', 'pablo-at-provider');
    expect(new URL(pablo.url()).pathname).not.toMatch(/^\/sign-in/);
    // A new member accepts the community's terms first: joining through the provider showed them none.
    expect(new URL(pablo.url()).pathname).toBe('/terms');
    await acceptTermsIfAsked(pablo);
    expect(await pablo.locator('header').getByRole('link', { name: /Pablo Nuevo/ }).count()).toBeGreaterThan(0);
    await expectAccessible(pablo, 'home after joining by single sign-on (phone)');
  });

  it('explains, on a page of its own, why an unverified e-mail does not come in', async () => {
    op.addAccount({ sub: 'unverified-at-provider', email: ACCOUNTS.staff, email_verified: false, name: 'Laura' });
    const visitor = await people.open('visitor');
    await signInWithProvider(visitor, 'Entrar con Club ID', 'unverified-at-provider');
    expect(new URL(visitor.url()).pathname).toBe('/sign-in/refused');
    expect(await heading(visitor)).toBe('No hemos podido dejarte entrar');
    expect(await visitor.locator('main').textContent()).toContain('Club ID no nos confirma que el correo de tu cuenta sea tuyo');
    const cookies = await visitor.context().cookies(app.url);
    expect(cookies.some((c) => c.name.includes('next-auth.session-token'))).toBe(false);
    await expectAccessible(visitor, 'single sign-on refused');
    await screenshot(visitor, 'sso-refused-unverified');
  });

  it('sends a refused callback back to the sign-in form with words, not codes', async () => {
    op.addAccount({ sub: 'jorge-at-provider', email: ACCOUNTS.staff2, email_verified: true, name: 'Jorge' });
    const visitor = await people.open('visitor');
    // An ID token for another client: openid-client refuses it, next-auth sends the browser back.
    op.tamperWith((claims) => ({ ...claims, aud: 'another-client' }));
    try {
      await signInWithProvider(visitor, 'Entrar con Club ID', 'jorge-at-provider');
    } finally {
      op.tamperWith(null);
    }
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
    const alert = visitor.locator('main').getByRole('alert');
    expect((await alert.textContent())?.trim()).toBe('No hemos podido completar la entrada con Club ID. Vuelve a intentarlo; si se repite, entra con tu correo y contraseña.');
    const cookies = await visitor.context().cookies(app.url);
    expect(cookies.some((c) => c.name.includes('next-auth.session-token'))).toBe(false);
    await expectAccessible(visitor, 'sign-in after a refused single sign-on');

    // A kept-out account comes back with the code the callback sends (tests/integration/sso): the password form's words.
    await visitor.goto(`${app.url}/sign-in?error=${encodeURIComponent(`banned|${encodeURIComponent('Spam reiterado')}`)}`);
    expect((await alert.textContent())?.trim()).toBe('Esta cuenta ha sido dada de baja de la comunidad. Si crees que es un error, contacta con el club. Motivo: Spam reiterado');
  });
});
