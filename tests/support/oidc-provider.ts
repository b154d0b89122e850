// A real OpenID Connect provider (the `oidc-provider` package) for the tests: one confidential client,
// the people the test adds, its development login form (any password), consent granted. A test can
// also tamper with the ID token the token endpoint returns, re-signed with the provider's own key,
// to prove the app checks audience and expiry itself.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export interface ProviderAccount {
  /** Also what is typed into the provider's login form. */
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  locale?: string;
  membership_number?: string;
}

export type Tamper = (claims: Record<string, unknown>) => Record<string, unknown>;

export const CLIENT_ID = 'tertulia';
export const CLIENT_SECRET = 'tertulia-test-client-secret';
const KID = 'test-signing-key';

export async function startOidcProvider({ redirectUri }: { redirectUri: string }) {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const signingKey = await importJWK(jwk, 'RS256');
  const accounts = new Map<string, ProviderAccount>();
  let tamper: Tamper | null = null;

  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [jwk] },
    cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'locale', 'membership_number'] },
    // Every granted claim in the ID token too (next-auth reads the ID token, not userinfo).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: () => ({ ...account }) } : undefined;
    },
    // A first-party client: consent is implied.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (tamper && ctx.path === '/token' && body?.id_token) {
      const claims = tamper({ ...decodeJwt(body.id_token) });
      body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(signingKey);
    }
  });
  handle = provider.callback();

  return {
    issuer,
    addAccount(account: ProviderAccount) {
      accounts.set(account.sub, account);
    },
    /** Rewrites the claims of the next ID tokens (null: stop). */
    tamperWith(fn: Tamper | null) {
      tamper = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TestProvider = Awaited<ReturnType<typeof startOidcProvider>>;
