import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpCode } from '@/lib/two-factor/totp';
import { ACCOUNTS, browsers, expectAccessible, heading, main, url, visit } from './support/app';
import { switchLanguage } from './support/community';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';

const people = browsers();
const STEP_MS = 30_000;

/** The phone's authenticator app: the code of a step from now (the enrolment spent the current one). */
const code = (secret: string, stepsAhead: number) => totpCode(secret, new Date(Date.now() + stepsAhead * STEP_MS));

async function passwordStep(page: Page, email: string) {
  await page.goto(url('/sign-in'));
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('main form button[type=submit]').click();
  await page.locator('#field-code').waitFor();
}

async function codeStep(page: Page, value: string) {
  await page.locator('#field-code').fill(value);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'), { timeout: 30_000 });
  await page.waitForLoadState('load');
}

async function signedOut(page: Page): Promise<boolean> {
  await page.goto(url('/settings'));
  return new URL(page.url()).pathname === '/sign-in';
}

describe('two-step verification and devices', () => {
  it('a staff member enrols, signs in with a code and with a recovery code, signs out other devices; a manager resets it', async () => {
    // Jorge enrols on his laptop.
    const laptop = await people.open('jorge-laptop');
    await laptop.goto(url('/sign-in'));
    await laptop.locator('#field-email').fill(ACCOUNTS.staff2);
    await laptop.locator('#field-password').fill(DEMO_PASSWORD);
    await laptop.locator('main form button[type=submit]').click();
    await laptop.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    // During the grace period, staff pages say until when.
    await visit(laptop, '/staff');
    expect(await main(laptop).getByRole('link', { name: 'Activar la verificación en dos pasos' }).count()).toBe(1);

    await visit(laptop, '/settings/security');
    expect(await heading(laptop)).toBe('Seguridad');
    await main(laptop).getByRole('button', { name: 'Activar la verificación en dos pasos' }).click();
    const secretBox = laptop.getByTestId('totp-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await laptop.getByRole('img', { name: 'Código QR para la aplicación de autenticación' }).locator('svg').count()).toBe(1);
    await expectAccessible(laptop, 'security: enrolling');
    // A wrong code is answered next to the field, which keeps what was typed.
    await laptop.locator('#field-code').fill('000000');
    await main(laptop).getByRole('button', { name: 'Confirmar y activar' }).click();
    await expect.poll(() => laptop.locator('#field-code').getAttribute('aria-invalid')).toBe('true');
    expect(await laptop.locator('#field-code').inputValue()).toBe('000000');
    await laptop.locator('#field-code').fill(code(secret, 0));
    await main(laptop).getByRole('button', { name: 'Confirmar y activar' }).click();
    const list = laptop.getByTestId('recovery-codes');
    await list.waitFor();
    const recovery = (await list.locator('li').allTextContents()).map((c) => c.trim());
    expect(recovery).toHaveLength(10);
    await expectAccessible(laptop, 'security: recovery codes');
    await laptop.reload();
    expect(await main(laptop).getByText('Te quedan 10 códigos de recuperación.').count()).toBe(1);
    // The secret is never shown again.
    expect(await laptop.getByTestId('totp-secret').count()).toBe(0);

    // On his phone: password, then a code from the app.
    const phone = await people.open('jorge-phone', { viewport: 'phone' });
    await passwordStep(phone, ACCOUNTS.staff2);
    expect(await main(phone).getByRole('heading', { name: 'Verificación en dos pasos' }).count()).toBe(1);
    await expectAccessible(phone, 'sign-in: code step (phone)');
    await phone.locator('#field-code').fill('123456');
    await phone.locator('main form button[type=submit]').click();
    await expect.poll(() => phone.locator('#field-code').getAttribute('aria-invalid')).toBe('true');
    await codeStep(phone, code(secret, 1));
    await visit(phone, '/staff');
    expect(new URL(phone.url()).pathname).toBe('/staff');

    // On a borrowed computer set to British English, the page in English: a recovery code, once.
    const borrowed = await people.open('jorge-borrowed', { locale: 'en-GB' });
    await borrowed.goto(url('/sign-in'));
    await switchLanguage(borrowed, 'English', 'en');
    await passwordStep(borrowed, ACCOUNTS.staff2);
    await expectAccessible(borrowed, 'sign-in: code step (English)');
    expect(await main(borrowed).getByRole('heading', { name: 'Two-step verification' }).count()).toBe(1);
    await codeStep(borrowed, recovery[0]!);
    expect(await signedOut(borrowed)).toBe(false);

    // The laptop lists them, this one first; it signs out the borrowed computer, then all others.
    await visit(laptop, '/settings/security');
    const devices = laptop.getByTestId('device');
    // Three today (earlier test files may have left more of Jorge's sessions on a shared server).
    const before = await devices.count();
    expect(before).toBeGreaterThanOrEqual(3);
    expect(await devices.first().textContent()).toContain('Este dispositivo');
    const british = devices.filter({ hasText: 'Reino Unido' });
    expect(await british.count()).toBe(1);
    await british.getByRole('button', { name: /^Cerrar la sesión en / }).click();
    await main(laptop).getByText('Sesión cerrada en ese dispositivo.').waitFor();
    await expect.poll(() => devices.count()).toBe(before - 1);
    expect(await signedOut(borrowed)).toBe(true);
    expect(await signedOut(phone)).toBe(false);
    await main(laptop).getByRole('button', { name: 'Cerrar la sesión en todos los demás' }).click();
    await main(laptop).getByText(before === 3 ? 'Sesión cerrada en 1 dispositivo.' : `Sesión cerrada en ${before - 2} dispositivos.`).waitFor();
    expect(await devices.count()).toBe(1);
    await expectAccessible(laptop, 'security: one device left');
    expect(await signedOut(phone)).toBe(true);

    // The recovery code already used is refused on the phone.
    await passwordStep(phone, ACCOUNTS.staff2);
    await phone.locator('#field-code').fill(recovery[0]!);
    await phone.locator('main form button[type=submit]').click();
    await expect.poll(() => phone.locator('#field-code').getAttribute('aria-invalid')).toBe('true');

    // A manager resets it (he lost his phone): every device of his is signed out.
    const marta = await people.open('marta', { viewport: 'phone' });
    await marta.goto(url('/sign-in'));
    await marta.locator('#field-email').fill(ACCOUNTS.manager);
    await marta.locator('#field-password').fill(DEMO_PASSWORD);
    await marta.locator('main form button[type=submit]').click();
    await marta.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await visit(marta, '/admin/security');
    const row = marta.getByTestId('second-factor-row').filter({ hasText: 'Jorge Martín' });
    await row.getByRole('button', { name: 'Restablecer la verificación de Jorge Martín' }).click();
    await row.getByRole('button', { name: 'Sí, restablecer' }).click();
    await row.getByText('Verificación restablecida.', { exact: false }).waitFor();
    await expectAccessible(marta, 'admin security after reset (phone)');
    expect(await signedOut(laptop)).toBe(true);
    // The password alone signs him in again, to enrol anew.
    await laptop.goto(url('/sign-in'));
    await laptop.locator('#field-email').fill(ACCOUNTS.staff2);
    await laptop.locator('#field-password').fill(DEMO_PASSWORD);
    await laptop.locator('main form button[type=submit]').click();
    await laptop.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  }, 240_000);
});
