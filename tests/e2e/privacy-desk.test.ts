import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';
import { QUIET_MEMBERS, stamp, switchLanguage } from './support/community';

const people = browsers();

describe('privacy desk', () => {
  it('a member asks for her data from her settings (phone); a manager assigns it, answers it on the desk, and she reads the answer', async () => {
    const sara = await people.open('sara', { viewport: 'phone' });
    await signIn(sara, QUIET_MEMBERS.sara.email);
    await visit(sara, '/settings');
    await main(sara).getByRole('link', { name: 'Hacer una solicitud de privacidad' }).click();
    await sara.waitForURL((u) => u.pathname === '/settings/privacy-requests');
    expect(await heading(sara)).toBe('Mis solicitudes de privacidad');
    await expectAccessible(sara, 'privacy requests (phone)');
    const words = `Quiero saber qué datos tenéis de mí ${stamp()}`;
    await main(sara).getByLabel('¿Qué nos pides?').selectOption('access');
    await main(sara).getByLabel('Cuéntanos los detalles (opcional)').fill(words);
    await main(sara).getByRole('button', { name: 'Enviar la solicitud' }).click();
    await main(sara).getByText('Hemos recibido tu solicitud. Te responderemos antes de un mes.').waitFor();
    const mine = main(sara).getByRole('listitem').filter({ hasText: 'Acceso · Recibida' }).first();
    await mine.waitFor();
    const number = /Solicitud (\d+)/.exec((await mine.textContent()) ?? '')?.[1];
    expect(number).toBeTruthy();
    await expectAccessible(sara, 'privacy request sent');

    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/admin');
    await main(marta).getByRole('link', { name: 'Privacidad', exact: true }).click();
    await marta.waitForURL((u) => u.pathname === '/admin/privacy');
    expect(await heading(marta)).toBe('Solicitudes de privacidad');
    await expectAccessible(marta, 'privacy desk');
    await main(marta).getByRole('link', { name: `Solicitud ${number} · Acceso`, exact: true }).click();
    await marta.waitForURL((u) => /^\/admin\/privacy\/[0-9a-f-]{36}$/.test(u.pathname));
    await main(marta).getByText(words).waitFor();
    await expectAccessible(marta, 'privacy request');

    // Taking it on, then an answer too short is refused next to its field, what was typed kept.
    await main(marta).getByLabel('Responsable').selectOption({ label: 'Marta Ibáñez' });
    await main(marta).getByRole('button', { name: 'Guardar responsable' }).click();
    await main(marta).getByText('Responsable guardado.').waitFor();
    await main(marta).getByTestId('privacy-trail').getByText('asignó la solicitud a Marta Ibáñez').waitFor();
    await main(marta).getByLabel('Respuesta al socio').fill('Hecho');
    await main(marta).getByRole('button', { name: 'Cerrar la solicitud' }).click();
    await main(marta).getByText('Escribe la respuesta al socio (al menos 10 caracteres).').waitFor();
    expect(await main(marta).getByLabel('Respuesta al socio').inputValue()).toBe('Hecho');
    const answer = `Te hemos enviado por correo la copia de tus datos ${stamp()}.`;
    await main(marta).getByLabel('Respuesta al socio').fill(answer);
    await main(marta).getByRole('button', { name: 'Cerrar la solicitud' }).click();
    await main(marta).getByTestId('privacy-trail').getByText('la cerró como atendida').waitFor();
    await main(marta).getByText(answer).waitFor();
    await expectAccessible(marta, 'privacy request answered');

    // In English, the desk's closed list shows it.
    await switchLanguage(marta, 'English', 'en');
    await visit(marta, '/admin/privacy?filter=finished');
    expect(await heading(marta)).toBe('Privacy requests');
    await main(marta).getByRole('link', { name: `Request ${number} · Access`, exact: true }).waitFor();
    await switchLanguage(marta, 'Español', 'es');

    await sara.reload();
    await main(sara).getByText(answer).waitFor();
    await main(sara).getByRole('listitem').filter({ hasText: `Solicitud ${number} · Acceso · Atendida` }).waitFor();
  });

  it('a manager publishes new terms and a member accepts them on her next visit before going on', async () => {
    const marta = await people.open('marta');
    await signIn(marta, ACCOUNTS.manager);
    await visit(marta, '/admin/privacy/terms');
    expect(await heading(marta)).toBe('Términos y aviso de privacidad');
    const clause = `Cláusula nueva ${stamp()}`;
    await main(marta).getByLabel('Documento').selectOption('terms');
    await main(marta).getByLabel('Texto en español').fill(`## Normas\n\n${clause}: respeta a los demás socios.`);
    await main(marta).getByLabel('Texto en inglés').fill(`## Rules\n\n${clause}: respect the other members.`);
    await main(marta).getByRole('button', { name: 'Publicar una versión nueva' }).click();
    await main(marta).getByText('Versión publicada. Los socios la aceptarán en su próxima visita.').waitFor();
    await expectAccessible(marta, 'terms published');

    const sara = await people.open('sara', { viewport: 'phone' });
    await signIn(sara, QUIET_MEMBERS.sara.email, { acceptTerms: false });
    await sara.waitForURL((u) => u.pathname === '/terms');
    expect(await heading(sara)).toBe('Antes de seguir');
    await main(sara).getByText(clause).waitFor();
    await expectAccessible(sara, 'terms interstitial (phone)');
    await main(sara).getByRole('button', { name: 'Acepto y quiero continuar' }).click();
    await sara.waitForURL((u) => u.pathname === '/');
    // Accepted once: the next page goes straight on.
    await visit(sara, '/settings');
    expect(new URL(sara.url()).pathname).toBe('/settings');
  });
});
