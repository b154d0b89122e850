import { describe, expect, it } from 'vitest';
import { authenticate, BadCredentials } from '@/lib/auth/authenticate';
import { inspectUnlock, unlockSignIn } from '@/lib/auth/unlock';
import { RateLimited } from '@/lib/errors';
import { runMailWorker } from '@/lib/mail/outbox';
import { createUser, PASSWORD } from '../factories';
import { startSmtpSink } from '../smtp-sink';

const { received } = await startSmtpSink();

const attempt = (email: string, password: string, ip: string) => authenticate({ email, password, ip });
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof BadCredentials ? 'bad' : e instanceof RateLimited ? 'limited' : `other: ${String(e)}`),
  );

function unlockLinkIn(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = unfolded.match(/\/unlock\/([0-9a-f-]{36}\.[A-Za-z0-9_-]{20,})/);
  if (!match) throw new Error('no unlock link in the message');
  return match[1]!;
}

describe('sign-in limits', () => {
  it('locks an account guessed at from many addresses, e-mails its owner, and the link lifts the lock once', async () => {
    const user = await createUser('member', { displayName: 'Olga Lock' });
    // Twenty addresses, one wrong password each: no address reaches its own limit.
    for (let i = 0; i < 20; i++) expect(await outcome(attempt(user.email, `wrong ${i}`, `10.20.0.${i}`))).toBe('bad');
    // Locked now, even for the right password from an address never seen.
    expect(await outcome(attempt(user.email, PASSWORD, '10.20.1.1'))).toBe('limited');

    await runMailWorker();
    const mails = received.filter((m) => m.to.includes(user.email));
    expect(mails).toHaveLength(1);
    const token = unlockLinkIn(mails[0]!.raw);
    expect(await inspectUnlock(token)).toEqual({ state: 'ready' });
    expect(await inspectUnlock(`${token}x`)).toEqual({ state: 'invalid' });

    await unlockSignIn({ actor: null, input: { token } });
    await expect(attempt(user.email, PASSWORD, '10.20.1.1')).resolves.toMatchObject({ id: user.id });
    expect(await inspectUnlock(token)).toEqual({ state: 'used' });
    await expect(unlockSignIn({ actor: null, input: { token } })).rejects.toThrow('signInLock.used');
  });

  it('stops one address trying many accounts (password spraying), and the others are not affected', async () => {
    const accounts = await Promise.all(Array.from({ length: 31 }, () => createUser('member')));
    const results: string[] = [];
    for (const a of accounts) results.push(await outcome(attempt(a.email, 'Verano2026!', '10.30.0.1')));
    expect(results.slice(0, 30).every((r) => r === 'bad')).toBe(true);
    expect(results[30]).toBe('limited');
    // The address is out of attempts even for a right password; another address is not.
    expect(await outcome(attempt(accounts[0]!.email, PASSWORD, '10.30.0.1'))).toBe('limited');
    await expect(attempt(accounts[0]!.email, PASSWORD, '10.30.0.2')).resolves.toMatchObject({ id: accounts[0]!.id });
  });

  it('counts an IPv6 client by its /64, so fresh addresses from the same network do not reset the count', async () => {
    const user = await createUser('member');
    const results: string[] = [];
    for (let i = 1; i <= 31; i++) results.push(await outcome(attempt(`nobody-${i}@test.example`, 'nope', `2001:db8:30:40::${i.toString(16)}`)));
    expect(results.filter((r) => r === 'bad')).toHaveLength(30);
    expect(results[30]).toBe('limited');
    await expect(attempt(user.email, PASSWORD, '2001:db8:30:41::1')).resolves.toMatchObject({ id: user.id });
  });

  it('gives the attempt back when the password is right, so a busy shared address is not locked out by its own members', async () => {
    const users = await Promise.all(Array.from({ length: 35 }, () => createUser('member')));
    for (const u of users) await expect(attempt(u.email, PASSWORD, '10.40.0.1')).resolves.toMatchObject({ id: u.id });
  });

  it('answers a flood of parallel attempts mostly without hashing: few reach the password check', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => outcome(attempt(`flood-${i}@test.example`, 'nope', '10.50.0.1'))));
    const checked = results.filter((r) => r === 'bad').length;
    expect(results.filter((r) => r === 'limited').length + checked).toBe(200);
    // The address's budget is spent before hashing, so parallel requests cannot all slip in.
    expect(checked).toBeLessThanOrEqual(30);
  });
});
