import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const APP = 'http://localhost:3000';
const saved = process.env.NEXTAUTH_URL;
beforeAll(() => {
  process.env.NEXTAUTH_URL = APP;
});
afterAll(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

const SESSION = { cookie: 'next-auth.session-token=x' };
const send = (path: string, method: string, headers: Record<string, string>) => proxy(new NextRequest(new URL(path, APP), { method, headers }));

// One row per kind of state-changing request the app takes.
const KINDS = {
  'a server action': { path: '/groups', headers: { ...SESSION, 'next-action': 'abc123' } },
  'a route handler (next-auth sign-in)': { path: '/api/auth/callback/credentials', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  'a route handler (sign-out)': { path: '/api/auth/signout', headers: SESSION },
} as const;

describe('state-changing requests from another site', () => {
  describe.each(Object.entries(KINDS))('%s', (_kind, { path, headers }) => {
    it('is refused without an Origin and without fetch metadata', () => {
      expect(send(path, 'POST', headers).status).toBe(403);
    });
    it('is refused from another origin, even claiming same-origin fetch metadata', () => {
      expect(send(path, 'POST', { ...headers, origin: 'https://evil.example' }).status).toBe(403);
      expect(send(path, 'POST', { ...headers, origin: 'null', 'sec-fetch-site': 'same-origin' }).status).toBe(403);
      expect(send(path, 'POST', { ...headers, 'sec-fetch-site': 'cross-site' }).status).toBe(403);
    });
    it('goes through from this site: its Origin, or same-origin fetch metadata when a browser sends no Origin', () => {
      expect(send(path, 'POST', { ...headers, origin: APP }).status).not.toBe(403);
      expect(send(path, 'POST', { ...headers, 'sec-fetch-site': 'same-origin' }).status).not.toBe(403);
    });
  });

  it("takes a mail provider's one-click unsubscribe, which has no Origin: the signed token is the authority", () => {
    const res = send('/unsubscribe/some-token', 'POST', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).not.toBe(403);
    expect(res.headers.get('x-middleware-rewrite')).toContain('/api/unsubscribe/some-token');
  });

  it('takes an API call with a bearer token, which a browser never sends by itself', () => {
    expect(send('/api/v1/mentions', 'POST', { authorization: 'Bearer abc.def' }).status).not.toBe(403);
    expect(send('/api/v1/mentions', 'POST', { authorization: 'Basic abc' }).status).toBe(403);
  });

  it('leaves reads alone', () => {
    expect(send('/groups', 'GET', SESSION).status).toBe(200);
  });
});
