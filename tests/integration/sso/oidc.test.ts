// Single sign-on through a real OpenID provider (tests/support/oidc-provider.ts), driven over HTTP on
// the provider's side and through next-auth's own request handler on ours: the same code the route
// /api/auth/[...nextauth] runs, with this file's database.
import { createRequire } from 'node:module';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { NextAuthOptions } from 'next-auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ssoLinks, users } from '@/db/schema';
import { decodeSession } from '@/lib/auth/jwt';
import { authOptions } from '@/lib/auth/options';
import { signInWithSso } from '@/lib/sso/sign-in';
import { CLIENT_ID, CLIENT_SECRET, startOidcProvider, type TestProvider } from '../../support/oidc-provider';
import { auditCount, createUser } from '../factories';

// next-auth's framework-free handler, which its Next.js route handler wraps; its package does not export it.
type Cookie = { name: string; value: string; options?: { maxAge?: number; expires?: Date } };
type AuthResponse = { status?: number; body?: unknown; redirect?: string; cookies?: Cookie[] };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve('node_modules/next-auth/core/index.js')) as {
  AuthHandler: (params: { req: Record<string, unknown>; options: NextAuthOptions }) => Promise<AuthResponse>;
};

const APP = 'http://app.test';
const SECRET = process.env.NEXTAUTH_SECRET!;
let op: TestProvider;

function useEnv(extra: Record<string, string>) {
  Object.assign(process.env, { APP_URL: APP, NEXTAUTH_URL: APP, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_NAME: 'Prueba ID', OIDC_JOIN: 'roster', ...extra });
  delete (globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv;
}

type Jar = Record<string, string>;

function remember(jar: Jar, cookies: Cookie[] | undefined) {
  for (const c of cookies ?? []) {
    if (c.value === '' || c.options?.maxAge === 0) delete jar[c.name];
    else jar[c.name] = c.value;
  }
}

/** One request to next-auth, the way the route handler makes it. */
async function app(jar: Jar, action: 'csrf' | 'signin' | 'callback', init: { method: 'GET' | 'POST'; providerId?: string; query?: Record<string, string>; body?: Record<string, string> }) {
  const res = await AuthHandler({
    req: { action, providerId: init.providerId, method: init.method, headers: { host: 'app.test' }, cookies: { ...jar }, query: init.query ?? {}, body: init.body ?? {} },
    options: authOptions(),
  });
  remember(jar, res.cookies);
  return res;
}

/** The provider's side, a browser of its own: its cookies, redirects followed by hand up to the app's callback. */
async function throughProvider(authorizeUrl: string, login: string): Promise<URL> {
  const cookies: Jar = {};
  const send = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const i = pair.indexOf('=');
      cookies[pair.slice(0, i)] = pair.slice(i + 1);
    }
    return res;
  };
  let url = authorizeUrl;
  for (let hop = 0; hop < 10; hop++) {
    const res = await send(url);
    if (res.status === 200 && url.includes('/interaction/')) {
      const form = new URLSearchParams({ prompt: 'login', login, password: 'any' });
      const posted = await send(url, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      url = new URL(posted.headers.get('location')!, url).toString();
      continue;
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider answered ${res.status} at ${url}: ${await res.text()}`);
    url = new URL(location, url).toString();
    if (url.startsWith(`${APP}/api/auth/callback/`)) return new URL(url);
  }
  throw new Error('too many redirects at the provider');
}

/** Everything up to the provider's answer, which the test may then alter before it reaches the app. */
async function startSignIn(login: string) {
  const jar: Jar = {};
  const csrf = await app(jar, 'csrf', { method: 'GET' });
  const { csrfToken } = csrf.body as { csrfToken: string };
  const signin = await app(jar, 'signin', { method: 'POST', providerId: 'oidc', body: { csrfToken, callbackUrl: `${APP}/home`, json: 'true' } });
  const authorize = signin.redirect ?? (signin.body as { url?: string } | undefined)?.url;
  expect(authorize?.startsWith(`${op.issuer}/auth?`)).toBe(true);
  const callback = await throughProvider(authorize!, login);
  return { jar, query: Object.fromEntries(callback.searchParams) };
}

async function finish(jar: Jar, query: Record<string, string>) {
  const res = await app(jar, 'callback', { method: 'GET', providerId: 'oidc', query });
  const token = jar['next-auth.session-token'];
  const session = token ? await decodeSession({ token, secret: SECRET }) : null;
  return { redirect: res.redirect ?? '', session };
}

async function signInAs(login: string) {
  const { jar, query } = await startSignIn(login);
  return finish(jar, query);
}

const counts = async () => ({
  users: (await getDb().select({ n: count() }).from(users))[0]!.n,
  links: (await getDb().select({ n: count() }).from(ssoLinks))[0]!.n,
  audit: await auditCount(),
});

let n = 0;
const person = (extra: Partial<Parameters<TestProvider['addAccount']>[0]> = {}) => {
  n += 1;
  const account = { sub: `person-${n}-${Date.now()}`, email: `sso-${n}-${Date.now()}@test.example`, email_verified: true, name: 'Lucía Prueba', ...extra };
  op.addAccount(account);
  return account;
};

beforeAll(async () => {
  op = await startOidcProvider({ redirectUri: `${APP}/api/auth/callback/oidc` });
  useEnv({ OIDC_ISSUER: op.issuer });
});

afterAll(async () => {
  await op?.close();
});

beforeEach(() => {
  op.tamperWith(null);
  useEnv({ OIDC_ISSUER: op.issuer });
});

describe('single sign-on with OpenID Connect', () => {
  it('links a member by verified e-mail, then finds them by subject after the e-mail changes at the provider', async () => {
    const member = await createUser('member', { membershipNumber: 'S-100' });
    const who = person({ email: member.email, membership_number: 'S-100' });
    const first = await signInAs(who.sub);
    expect(first.redirect).toBe(`${APP}/home`);
    expect(first.session).toMatchObject({ uid: member.id, sv: member.sessionVersion });
    const [link] = await getDb().select().from(ssoLinks).where(eq(ssoLinks.userId, member.id));
    expect(link).toMatchObject({ issuer: op.issuer, subject: who.sub });

    const before = await counts();
    op.addAccount({ ...who, email: `changed-${who.email}` });
    const again = await signInAs(who.sub);
    expect(again.session).toMatchObject({ uid: member.id });
    expect(await counts()).toMatchObject({ users: before.users, links: before.links });
  });

  it('refuses a callback whose state is not the one it sent', async () => {
    const member = await createUser('member');
    const who = person({ email: member.email });
    const { jar, query } = await startSignIn(who.sub);
    const before = await counts();
    const result = await finish(jar, { ...query, state: `${query.state}x` });
    expect(result.session).toBeNull();
    expect(result.redirect).toBe(`${APP}/api/auth/error?error=OAuthCallback`);
    expect(await counts()).toEqual(before);
  });

  const hourAgo = () => Math.floor(Date.now() / 1000) - 3600;
  it.each([
    ['issued for another audience', (claims: Record<string, unknown>) => ({ ...claims, aud: 'another-client' })],
    ['that has expired', (claims: Record<string, unknown>) => ({ ...claims, iat: hourAgo() - 600, exp: hourAgo() })],
    ['for another nonce', (claims: Record<string, unknown>) => ({ ...claims, nonce: 'not-the-one-sent' })],
  ])('refuses an ID token %s', async (_, tamper) => {
    const member = await createUser('member');
    const who = person({ email: member.email });
    op.tamperWith(tamper);
    const before = await counts();
    const result = await signInAs(who.sub);
    expect(result.session).toBeNull();
    expect(result.redirect).toBe(`${APP}/api/auth/error?error=OAuthCallback`);
    expect(await counts()).toEqual(before);
  });

  it('the tampering itself is not what refuses: a re-signed token with the right claims signs in', async () => {
    const member = await createUser('member');
    const who = person({ email: member.email });
    op.tamperWith((claims) => ({ ...claims }));
    const result = await signInAs(who.sub);
    expect(result.session).toMatchObject({ uid: member.id });
  });

  it('never links by an e-mail the provider has not verified', async () => {
    const member = await createUser('member');
    const who = person({ email: member.email, email_verified: false });
    const before = await counts();
    const result = await signInAs(who.sub);
    expect(result.session).toBeNull();
    expect(result.redirect).toBe(`${APP}/sign-in/refused?reason=unverified`);
    expect(await counts()).toEqual(before);
  });

  it('refuses a replayed callback', async () => {
    const member = await createUser('member');
    const who = person({ email: member.email });
    const { jar, query } = await startSignIn(who.sub);
    const stolen = { ...jar };
    const first = await finish(jar, query);
    expect(first.session).toMatchObject({ uid: member.id });
    const before = await counts();
    // The same code and the same cookies, as someone who captured both would send them.
    const replay = await finish({ ...stolen }, query);
    expect(replay.session).toBeNull();
    expect(replay.redirect).toBe(`${APP}/api/auth/error?error=OAuthCallback`);
    expect(await counts()).toEqual(before);
  });

  it('keeps a banned account out whatever the provider says, with the password path\'s message', async () => {
    const member = await createUser('member', { status: 'banned', statusReason: 'Spam reiterado' });
    const who = person({ email: member.email });
    const before = await counts();
    const result = await signInAs(who.sub);
    expect(result.session).toBeNull();
    expect(result.redirect).toBe(`${APP}/sign-in?error=${encodeURIComponent(`banned|${encodeURIComponent('Spam reiterado')}`)}`);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown person when the roster is required, and lets them join when it is open', async () => {
    const who = person({ membership_number: 'S-900', locale: 'en-GB' });
    const before = await counts();
    const refused = await signInAs(who.sub);
    expect(refused.session).toBeNull();
    expect(refused.redirect).toBe(`${APP}/sign-in/refused?reason=roster`);
    expect(await counts()).toEqual(before);

    useEnv({ OIDC_ISSUER: op.issuer, OIDC_JOIN: 'open' });
    const joined = await signInAs(who.sub);
    const [row] = await getDb().select().from(users).where(eq(users.email, who.email));
    expect(row).toMatchObject({ role: 'member', membershipNumber: 'S-900', displayName: 'Lucía Prueba', locale: 'en', status: 'active' });
    expect(joined.session).toMatchObject({ uid: row!.id, sv: row!.sessionVersion });
    expect(await counts()).toMatchObject({ users: before.users + 1, links: before.links + 1 });
  });
});

describe('the sign-in verb', () => {
  const claims = (extra: Record<string, unknown> = {}) => ({ issuer: 'https://id.example', subject: `s-${Math.random()}`, emailVerified: true, join: 'open' as const, ...extra });

  it('refuses a number that belongs to another account, and a second provider identity for a linked account', async () => {
    const holder = await createUser('member', { membershipNumber: 'S-555' });
    await expect(signInWithSso({ actor: null, input: claims({ email: `new-${Date.now()}@test.example`, membershipNumber: 'S-555' }) })).rejects.toMatchObject({ reason: 'mismatch' });
    await expect(signInWithSso({ actor: null, input: claims({ email: holder.email, membershipNumber: 'S-556' }) })).rejects.toMatchObject({ reason: 'mismatch' });
    await signInWithSso({ actor: null, input: claims({ email: holder.email }) });
    const before = await counts();
    await expect(signInWithSso({ actor: null, input: claims({ email: holder.email }) })).rejects.toMatchObject({ reason: 'linked' });
    expect(await counts()).toEqual(before);
  });

  it('lets a suspension that has ended pass, and keeps a current one out', async () => {
    const past = await createUser('member', { status: 'suspended', statusUntil: new Date(Date.now() - 60_000) });
    await expect(signInWithSso({ actor: null, input: claims({ email: past.email }) })).resolves.toMatchObject({ userId: past.id });
    const current = await createUser('member', { status: 'suspended', statusUntil: new Date(Date.now() + 86_400_000) });
    await expect(signInWithSso({ actor: null, input: claims({ email: current.email }) })).rejects.toMatchObject({ accountStatus: 'suspended' });
  });
});
