import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'tertulia-env-'));

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (e) {
    if (e instanceof EnvError) return e.problems;
    throw e;
  }
  return [];
}

describe('environment validation', () => {
  it('names the variable that is wrong and says why', () => {
    expect(problems({ DATA_DIR: tmp(), DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL: must be a postgres/);
    expect(problems({ DATA_DIR: tmp(), PORT: 'eighty' })[0]).toMatch(/^PORT:/);
    expect(problems({ DATA_DIR: tmp(), SMTP_URL: 'http://mail' })[0]).toMatch(/^SMTP_URL:/);
    expect(problems({ DATA_DIR: tmp(), APP_URL: 'not a url' })[0]).toMatch(/^APP_URL:/);
  });

  it('requires a shared secret when running on PostgreSQL', () => {
    expect(problems({ DATABASE_URL: 'postgres://localhost/t' })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET: required when DATABASE_URL is set/)]);
    expect(problems({ DATABASE_URL: 'postgres://localhost/t', NEXTAUTH_SECRET: 'short' })[0]).toMatch(/^NEXTAUTH_SECRET: must be at least 32/);
  });

  it('takes single sign-on whole or not at all, and checks each of its settings', () => {
    const sso = { OIDC_ISSUER: 'https://login.example.com', OIDC_CLIENT_ID: 'tertulia', OIDC_CLIENT_SECRET: 'a-long-secret' };
    expect(problems({ DATA_DIR: tmp(), OIDC_ISSUER: sso.OIDC_ISSUER })).toEqual([expect.stringMatching(/^OIDC_CLIENT_ID: required for single sign-on/), expect.stringMatching(/^OIDC_CLIENT_SECRET: required/)]);
    expect(problems({ DATA_DIR: tmp(), ...sso, OIDC_ISSUER: 'login.example.com' })[0]).toMatch(/^OIDC_ISSUER:/);
    expect(problems({ DATA_DIR: tmp(), ...sso, OIDC_JOIN: 'anyone' })[0]).toMatch(/^OIDC_JOIN:/);
    expect(problems({ DATA_DIR: tmp(), ...sso, OIDC_SCOPE: 'email profile' })[0]).toMatch(/^OIDC_SCOPE: must start with openid/);
    expect(parseEnv({ DATA_DIR: tmp(), ...sso })).toMatchObject({ OIDC_JOIN: 'roster', OIDC_MEMBERSHIP_CLAIM: 'membership_number', OIDC_SCOPE: 'openid email profile' });
  });

  it('generates and keeps its own secret in embedded mode, readable only by its owner', () => {
    const dir = tmp();
    const first = parseEnv({ DATA_DIR: dir });
    expect(first.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(parseEnv({ DATA_DIR: dir }).NEXTAUTH_SECRET).toBe(first.NEXTAUTH_SECRET);
    const file = path.join(dir, 'secret');
    expect(readFileSync(file, 'utf8')).toBe(first.NEXTAUTH_SECRET);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('fills sensible defaults and treats empty values as unset', () => {
    const env = parseEnv({ DATA_DIR: tmp(), PORT: '4000', SMTP_URL: '', SEED_DEMO: 'false' });
    expect(env.APP_URL).toBe('http://localhost:4000');
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBe(false);
    expect(env.PGLITE_DATA_DIR).toMatch(/pglite$/);
  });
});
