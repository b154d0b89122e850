import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, url, visit } from './support/app';

const people = browsers();

describe('signing in and being kept out', () => {
  it('sends a visitor to sign in and back to the page they wanted (phone)', async () => {
    const visitor = await people.open('visitor', { viewport: 'phone' });
    await visitor.goto(url('/groups'));
    const at = new URL(visitor.url());
    expect(at.pathname).toBe('/sign-in');
    expect(at.search).toBe('?callbackUrl=%2Fgroups');
    await expect.poll(() => heading(visitor)).toBe('Entrar');

    await signIn(visitor, ACCOUNTS.member);
    expect(new URL(visitor.url()).pathname).toBe('/groups');
    await expect.poll(() => heading(visitor)).toBe('Grupos');
    // The member's name in the header: the page is rendered for her, not for a visitor.
    expect(await visitor.locator('header').getByRole('link', { name: /Ana Ruiz/ }).count()).toBe(1);
    await expectAccessible(visitor, 'groups (phone)');
  });

  it('answers a wrong password with the generic message and keeps the e-mail typed', async () => {
    const visitor = await people.open('visitor');
    await visit(visitor, '/sign-in');
    const email = 'javier.moreno@clubribera.test';
    await visitor.locator('#field-email').fill(email);
    await visitor.locator('#field-password').fill('not-the-password');
    await visitor.locator('main form button[type=submit]').click();

    const alert = main(visitor).getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe('El correo o la contraseña no son correctos.');
    expect(await visitor.locator('#field-email').inputValue()).toBe(email);
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
    // No session was created: a members' page still sends the visitor to sign in.
    const cookies = await visitor.context().cookies();
    expect(cookies.some((c) => c.name.includes('next-auth.session-token'))).toBe(false);
    await expectAccessible(visitor, 'sign-in with error');

    // An address that is not a member gets exactly the same answer: nothing to learn from it.
    await visitor.locator('#field-email').fill('nadie@example.test');
    const answered = visitor.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials'));
    await visitor.locator('main form button[type=submit]').click();
    expect((await answered).status()).toBe(401);
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe('El correo o la contraseña no son correctos.');
    expect(await visitor.locator('#field-email').inputValue()).toBe('nadie@example.test');
    expect(await main(visitor).getByRole('alert').count()).toBe(1);
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
  });

  it('shows a member the branded 403 for staff and management pages, and a branded 404', async () => {
    const member = await people.open('member');
    await signIn(member, ACCOUNTS.member);

    for (const path of ['/staff', '/admin', '/admin/brand']) {
      const response = await visit(member, path);
      expect(response?.status(), path).toBe(403);
      expect(await heading(member), path).toBe('Sin permiso');
      expect(new URL(member.url()).pathname, path).toBe(path);
      // Nothing of the staff area leaks into the page.
      expect(await member.getByText('Área del personal').count(), path).toBe(0);
      expect(await member.getByText('Marca de la comunidad').count(), path).toBe(0);
    }

    const missing = await visit(member, '/no-existe');
    expect(missing?.status()).toBe(404);
    expect(await heading(member)).toBe('Página no encontrada');
    // Branded: the community's name is in the page's header.
    expect(await member.locator('header').textContent()).toContain('Club Deportivo Ribera');
  });

  it('offers a visitor the join-request form with the membership number (phone)', async () => {
    const visitor = await people.open('visitor', { viewport: 'phone' });
    const response = await visit(visitor, '/join');
    expect(response?.status()).toBe(200);
    expect(new URL(visitor.url()).pathname).toBe('/join');
    expect(await heading(visitor)).toBe('Únete a Club Deportivo Ribera');
    const number = visitor.getByLabel('Número de socio');
    expect(await number.isVisible()).toBe(true);
    expect(await number.getAttribute('name')).toBe('membershipNumber');
    expect(await visitor.getByRole('button', { name: 'Enviar solicitud' }).isVisible()).toBe(true);
    expect(await visitor.getByLabel('Código de invitación').isVisible()).toBe(true);
  });
});
