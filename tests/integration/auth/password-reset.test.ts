import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { requestPasswordReset, resetLinkIsUsable, resetPassword } from '@/lib/auth/password-reset';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { Gone } from '@/lib/errors';
import { runMailWorker } from '@/lib/mail/outbox';
import { createUser, sessionOf } from '../factories';
import { startSmtpSink } from '../smtp-sink';

// A real SMTP conversation: the app's transport talks to a local sink.
const { received } = await startSmtpSink();

function linkIn(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = unfolded.match(/\/reset-password\/([A-Za-z0-9_-]{40,})/);
  if (!match) throw new Error('no reset link in the message');
  return match[1]!;
}

describe('password reset by e-mail', () => {
  it('sends a link that sets a new password once and signs out every session', async () => {
    const { getEnv } = await import('@/lib/env');
    expect(getEnv().SMTP_URL).toMatch(/^smtp:/);
    const user = await createUser('member', { displayName: 'Rosa Reset' });
    const session = await sessionOf(user);
    await requestPasswordReset({ actor: null, input: { email: user.email.toUpperCase(), ip: 'pr-1' } });
    await runMailWorker();
    const mail = received.find((m) => m.to.includes(user.email));
    expect(mail).toBeDefined();
    expect(mail!.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail!.raw).toMatch(/Content-Type: text\/html/);
    expect(mail!.raw).toContain('Rosa Reset');
    const token = linkIn(mail!.raw);
    expect(await resetLinkIsUsable(token)).toBe(true);

    await resetPassword({ actor: null, input: { token, password: 'la nueva contraseña' } });
    expect(await resolveSessionUser(session)).toBeNull();
    await expect(authenticate({ email: user.email, password: 'la nueva contraseña', ip: 'pr-1' })).resolves.toMatchObject({ id: user.id });

    expect(await resetLinkIsUsable(token)).toBe(false);
    await expect(resetPassword({ actor: null, input: { token, password: 'otra contraseña más' } })).rejects.toBeInstanceOf(Gone);
    await expect(authenticate({ email: user.email, password: 'la nueva contraseña', ip: 'pr-1' })).resolves.toBeDefined();
  });

  it('sends nothing for an unknown address, and says the same', async () => {
    const before = received.length;
    await expect(requestPasswordReset({ actor: null, input: { email: 'nadie@test.example', ip: 'pr-2' } })).resolves.toBeUndefined();
    await runMailWorker();
    expect(received.length).toBe(before);
  });

  it('refuses a tampered token', async () => {
    await expect(resetPassword({ actor: null, input: { token: 'x'.repeat(43), password: 'otra contraseña más' } })).rejects.toBeInstanceOf(Gone);
  });
});
