import { describe, expect, it } from 'vitest';
import payloads from '@/tests/fixtures/redirect-payloads.json';
import { ACCOUNTS, baseURL, browsers, signIn, url } from './support/app';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';
import { signInAttempt } from '@/bench/sign-in-attempt';

const people = browsers();
type Payload = { payload: string; expect: string | null; note: string };

async function memberCookie(): Promise<string> {
  const { session, status } = await signInAttempt(baseURL(), ACCOUNTS.member, DEMO_PASSWORD);
  if (!session) throw new Error(`the member could not sign in (HTTP ${status})`);
  return session;
}

describe('closed to an attacker', () => {
  it('keeps every callbackUrl payload on this site, signed in (the 307) and through the sign-in form', async () => {
    const cookie = await memberCookie();
    const origin = new URL(baseURL()).origin;
    for (const { payload, note } of payloads as Payload[]) {
      const res = await fetch(url(`/sign-in?callbackUrl=${encodeURIComponent(payload)}`), { headers: { cookie }, redirect: 'manual' });
      expect(res.status, note).toBe(307);
      expect(new URL(res.headers.get('location')!, origin).origin, note).toBe(origin);
    }
    const visitor = await people.open('visitor');
    await visitor.goto(url('/sign-in?callbackUrl=%2F%09%2Fevil.example%2F'));
    await signIn(visitor, ACCOUNTS.member);
    expect(new URL(visitor.url()).origin).toBe(origin);
  });

  it('refuses state-changing requests without a same-origin Origin, for a route handler and a server action', async () => {
    expect((await signInAttempt(baseURL(), ACCOUNTS.member, DEMO_PASSWORD, { origin: null })).status).toBe(403);
    expect((await signInAttempt(baseURL(), ACCOUNTS.member, DEMO_PASSWORD, { origin: 'https://evil.example' })).status).toBe(403);
    const cookie = await memberCookie();
    const action = (headers: Record<string, string>) =>
      fetch(url('/notifications'), { method: 'POST', redirect: 'manual', headers: { cookie, 'next-action': '00'.repeat(21), 'content-type': 'text/plain;charset=UTF-8', ...headers }, body: '[]' });
    expect((await action({})).status).toBe(403);
    expect((await action({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // From this site the request reaches Next (which answers an unknown action its own way).
    expect((await action({ origin: new URL(baseURL()).origin })).status).not.toBe(403);
  });

  it('sends nosniff on static JavaScript, and no HSTS on plain http', async () => {
    const html = await (await fetch(url('/sign-in'))).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const js = await fetch(url(script!));
    expect(js.status).toBe(200);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(js.headers.get('strict-transport-security')).toBeNull();
  });

  it('answers a flood of bad sign-ins from one address with 429 and Retry-After, while a member still reads pages', async () => {
    const cookie = await memberCookie();
    // From another loopback source address: the flood's limits are not the rest of this run's.
    const flood = Promise.all(Array.from({ length: 60 }, (_, i) => signInAttempt(baseURL(), `flood-${i}@example.test`, 'not-the-password', { localAddress: '127.0.0.9' })));
    const page = await fetch(url('/groups'), { headers: { cookie } });
    const answers = await flood;
    expect(page.status).toBe(200);
    const limited = answers.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(answers.every((r) => r.status === 429 || r.status === 401)).toBe(true);
    for (const r of limited) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
  });
});
