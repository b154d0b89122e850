import type { Account, Profile, User } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { AccountBlocked } from '@/lib/auth/authenticate';
import { blockedCode } from '@/lib/auth/blocked-code';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logging/logger';
import { SSO_PROVIDER_ID, ssoConfig } from './config';
import { signInWithSso, SsoRefused } from './sign-in';

/** What openid-client hands over once the ID token's signature, issuer, audience, expiry and nonce have been checked. */
type IdTokenClaims = Profile & { iss?: string; sub?: string; email_verified?: unknown; locale?: unknown; [claim: string]: unknown };

/** next-auth's OpenID Connect provider when single sign-on is configured: code flow with PKCE, state and nonce. */
export function ssoProviders(): OAuthConfig<IdTokenClaims>[] {
  const config = ssoConfig();
  if (!config) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: config.name,
      type: 'oauth',
      wellKnown: `${config.issuer}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: config.scope } },
      idToken: true,
      checks: ['pkce', 'state', 'nonce'],
      // Only the subject here: the account is found (or refused) in signIn, which may redirect.
      profile: (claims) => ({ id: String(claims.sub ?? ''), sessionVersion: 0 }),
    },
  ];
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * next-auth's signIn callback for the provider: true once `user` carries the account's id and session
 * version (next-auth hands the same object to the jwt callback), or the page that says why not.
 */
export async function ssoSignIn(user: User, account: Account | null, profile: Profile | undefined): Promise<true | string> {
  const app = getEnv().APP_URL;
  const config = ssoConfig();
  const claims = (profile ?? {}) as IdTokenClaims;
  if (!config || account?.provider !== SSO_PROVIDER_ID || !claims.sub || !claims.iss) return `${app}/sign-in?error=OAuthCallback`;
  const membership = claims[config.membershipClaim];
  try {
    const result = await signInWithSso({
      actor: null,
      input: {
        issuer: claims.iss,
        subject: claims.sub,
        email: text(claims.email),
        emailVerified: claims.email_verified === true || claims.email_verified === 'true',
        name: text(claims.name),
        membershipNumber: typeof membership === 'number' ? String(membership) : text(membership),
        locale: text(claims.locale),
        join: config.join,
      },
    });
    user.id = result.userId;
    user.sessionVersion = result.sessionVersion;
    return true;
  } catch (e) {
    if (e instanceof SsoRefused) return `${app}/sign-in/refused?reason=${e.reason}`;
    if (e instanceof AccountBlocked) return `${app}/sign-in?error=${encodeURIComponent(blockedCode(e))}`;
    logger.error({ err: e instanceof Error ? e.name : 'unknown' }, 'single sign-on failed');
    return `${app}/sign-in?error=OAuthCallback`;
  }
}
