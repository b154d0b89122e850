import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  APP_URL: z.url('must be an absolute URL such as https://comunidad.example.org').optional(),
  TRUST_PROXY: bool.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Tertulia <no-reply@localhost>'),
  SEED_DEMO: bool.default(true),
  // Which demo SEED_DEMO creates on an empty database: the sports club or the chain of phone shops.
  DEMO: z.enum(['club', 'retailer']).default('club'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // How often this process runs the SLA sweep and auto-resolve (tests make it quick).
  JOBS_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  // How often the mailer looks for due messages; it is also woken at once when an event queues mail.
  MAIL_INTERVAL_MS: z.coerce.number().int().min(500).max(600_000).default(5_000),
  // How many invitations of a roster import the mailer sends a minute: the rest wait their turn in the outbox.
  ROSTER_MAILS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(120),
  // Bearer token for Prometheus at /api/metrics; unset, the endpoint answers 404.
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // The grace before an erasure runs (lib/privacy/erase.ts): 14 days; the end-to-end tests shorten it.
  ERASURE_GRACE_SECONDS: z.coerce.number().int().min(1).max(90 * 86_400).default(14 * 86_400),
  // Webhook endpoints on loopback, link-local or private addresses are refused unless this is on.
  WEBHOOKS_ALLOW_PRIVATE_NETWORK: bool.default(false),
  // How often this process looks for due webhook deliveries.
  WEBHOOKS_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  // Replies by e-mail: the inbound SMTP listener's port and the domain of the reply addresses
  // (reply+<token>@<domain>). Both set, server.ts listens; either unset, no reply address is offered.
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().min(1).optional(),
  INBOUND_MAIL_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'must be a domain name such as reply.example.org')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Single sign-on with OpenID Connect (README "Single sign-on"): off unless issuer, client id and secret are all set.
  OIDC_ISSUER: z.url('must be the provider\'s issuer URL, such as https://login.example.com').optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(8, 'must be at least 8 characters').optional(),
  // The button reads "Entrar con <name>".
  OIDC_NAME: z.string().trim().min(1).max(40).optional(),
  OIDC_SCOPE: z.string().regex(/^openid( [\x21\x23-\x5B\x5D-\x7E]+)*$/, 'must start with openid, scopes separated by spaces').default('openid email profile'),
  // The ID-token claim that holds the membership number, copied to a member who joins this way.
  OIDC_MEMBERSHIP_CLAIM: z.string().regex(/^[A-Za-z0-9_.:/-]{1,100}$/, 'must be a claim name').default('membership_number'),
  // `roster`: only people who already have an account (same e-mail) come in; `open`: unknown people join as members.
  OIDC_JOIN: z.enum(['roster', 'open']).default('roster'),
  // The page cache (docs/decisions/0010-page-cache.md): `off` reads every page from the database.
  TERTULIA_PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  TERTULIA_CACHE_ENTRIES: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
});

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

export type Env = Omit<z.infer<typeof schema>, 'APP_URL' | 'NEXTAUTH_SECRET' | 'PGLITE_DATA_DIR'> & {
  APP_URL: string;
  NEXTAUTH_SECRET: string;
  PGLITE_DATA_DIR: string;
};

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

// Empty strings in a .env file mean "not set", not "set to nothing".
function definedOnly(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

/** The embedded mode keeps its own secret so that a newcomer needs no configuration. */
function embeddedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(definedOnly(source));
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = result.data;
  if (env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
    throw new EnvError(['NEXTAUTH_SECRET: required when DATABASE_URL is set (every app process must share it)']);
  }
  const oidcSet = OIDC_REQUIRED.filter((k) => env[k] !== undefined);
  if (oidcSet.length > 0 && oidcSet.length < OIDC_REQUIRED.length) {
    throw new EnvError(OIDC_REQUIRED.filter((k) => env[k] === undefined).map((k) => `${k}: required for single sign-on (${OIDC_REQUIRED.join(', ')} go together)`));
  }
  return {
    ...env,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? embeddedSecret(env.DATA_DIR),
    PGLITE_DATA_DIR: env.PGLITE_DATA_DIR ?? path.join(env.DATA_DIR, 'pglite'),
  };
}

const g = globalThis as unknown as { __tertuliaEnv?: Env };

export function getEnv(): Env {
  g.__tertuliaEnv ??= parseEnv(process.env);
  return g.__tertuliaEnv;
}
