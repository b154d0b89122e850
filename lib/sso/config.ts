import { getEnv } from '@/lib/env';

/** next-auth's id for the provider: its callback is /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = 'oidc';

/** Why a person the provider vouches for does not come in; the refusal page explains each in words. */
export const SSO_REFUSALS = ['unverified', 'roster', 'mismatch', 'linked'] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the button says after "Entrar con". */
  name: string;
  scope: string;
  membershipClaim: string;
  /** `roster`: only people with an account come in; `open`: unknown people join as members. */
  join: 'roster' | 'open';
}

/** Single sign-on as the environment configures it, or null when it is off. */
export function ssoConfig(): SsoConfig | null {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER.replace(/\/$/, ''),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    name: env.OIDC_NAME ?? new URL(env.OIDC_ISSUER).hostname,
    scope: env.OIDC_SCOPE,
    membershipClaim: env.OIDC_MEMBERSHIP_CLAIM,
    join: env.OIDC_JOIN,
  };
}
