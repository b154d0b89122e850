import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getEnv } from '@/lib/env';
import { RateLimited } from '@/lib/errors';
import { AccountBlocked, BadCredentials } from './authenticate';
import { headers } from 'next/headers';
import { closeSession, openSession } from '@/lib/devices/sessions';
import { BadSecondFactor, SecondFactorNeeded, signInWithSecondFactor, SignInTicketExpired } from '@/lib/two-factor/sign-in';
import { blockedCode } from './blocked-code';
import { clientIpFrom } from './client-ip';
import { decodeSession, encodeSession } from './jwt';
import { nextAuthLogger } from './next-auth-logger';
import { safeRedirectPath } from '@/lib/security/safe-redirect';
import { ssoProviders, ssoSignIn } from '@/lib/sso/next-auth';

declare module 'next-auth' {
  interface Session {
    userId: string;
    sessionVersion: number;
    sessionId: string;
  }
  interface User {
    id: string;
    sessionVersion: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
    /** The device's row in user_sessions (lib/devices). */
    sid?: string;
  }
}

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/**
 * The sign-in form reads the error code that next-auth passes back from authorize():
 * `rate_limited:<seconds>`, `suspended:<iso date>`, `banned`, or next-auth's own CredentialsSignin;
 * a kept-out account's code ends with `|` and the reason, URI-encoded (lib/auth/blocked-code.ts);
 * `two_factor:<ticket>` asks for the code step, `two_factor_invalid` / `two_factor_expired` answer it.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    jwt: { encode: encodeSession, decode: decodeSession },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    logger: nextAuthLogger,
    providers: [
      CredentialsProvider({
        name: 'email',
        credentials: { email: { type: 'email' }, password: { type: 'password' }, ticket: { type: 'hidden' }, code: { type: 'text' } },
        async authorize(credentials, req) {
          try {
            const user = await signInWithSecondFactor({
              email: credentials?.email ?? '',
              password: credentials?.password ?? '',
              ticket: credentials?.ticket ?? '',
              code: credentials?.code ?? '',
              ip: clientIpFrom(req?.headers ?? {}),
            });
            return { id: user.id, sessionVersion: user.sessionVersion };
          } catch (e) {
            if (e instanceof BadCredentials) return null;
            if (e instanceof SecondFactorNeeded) throw new Error(`two_factor:${e.ticket}`);
            if (e instanceof BadSecondFactor || e instanceof SignInTicketExpired) throw new Error(e.code);
            if (e instanceof RateLimited) throw new Error(`rate_limited:${e.retryAfterSeconds}`);
            if (e instanceof AccountBlocked) {
              throw new Error(blockedCode(e));
            }
            throw e;
          }
        },
      }),
      // Single sign-on with OpenID Connect, when configured (lib/sso).
      ...ssoProviders(),
    ],
    callbacks: {
      signIn({ user, account, profile }) {
        return account?.type === 'oauth' ? ssoSignIn(user, account, profile) : true;
      },
      // next-auth's own check reads only prefixes; every redirect goes through the one parser instead.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, baseUrl)}`;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
          // Whatever the provider, each sign-in is a device of its own (lib/devices). Outside a Next request
          // (next-auth's handler called directly, as the single sign-on tests do) the device is unnamed.
          const h = await requestHeaders();
          token.sid = await openSession(user.id, { userAgent: h?.get('user-agent') ?? null, acceptLanguage: h?.get('accept-language') ?? null });
        }
        return token;
      },
      // Only identifiers leave the server; everything else is loaded per request.
      session({ session, token }) {
        return { expires: session.expires, userId: token.uid ?? '', sessionVersion: token.sv ?? 0, sessionId: token.sid ?? '' };
      },
    },
    events: {
      signOut: ({ token }) => closeSession(token?.sid),
    },
  };
}

async function requestHeaders() {
  try {
    return await headers();
  } catch {
    return null;
  }
}
