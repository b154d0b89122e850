import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { Forbidden, Unauthorized } from '@/lib/errors';
import { type Actor, can } from '@/lib/policy';
import { hashApiToken } from './create';
import type { ApiScope } from './scopes';

export type TokenState = 'active' | 'expired' | 'revoked';

const stateOf = (t: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenState => (t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt <= now ? 'expired' : 'active');

const actsFor = alias(users, 'token_acts_for');
const creator = alias(users, 'token_creator');

/** The tokens on the integrations page, newest first; never their secrets. */
export async function listApiTokens(actor: Actor, now = new Date()) {
  if (!can(actor, 'view:integrations')) throw new Forbidden();
  const rows = await getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      actsForName: actsFor.displayName,
      createdByName: creator.displayName,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(actsFor, eq(actsFor.id, apiTokens.actsFor))
    .innerJoin(creator, eq(creator.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(200);
  return rows.map((r) => ({ ...r, state: stateOf(r, now) }));
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** The staff members a token can act for: active staff and managers, by name. */
export async function tokenActorOptions(actor: Actor) {
  if (!can(actor, 'view:integrations')) throw new Forbidden();
  return getDb()
    .select({ id: users.id, name: users.displayName, title: users.staffTitle })
    .from(users)
    .where(and(inArray(users.role, ['staff', 'manager']), eq(users.status, 'active')))
    .orderBy(sql`unaccent(lower(${users.displayName}))`, users.id);
}

export interface ApiCaller {
  actor: Actor;
  tokenId: string;
  scopes: ReadonlySet<ApiScope>;
}

/**
 * Who calls the API: the token is looked up on every request, so a revoked or expired one is refused
 * on its next call. The actor is the staff member the token acts for, as their account stands now.
 */
export async function authenticateApiToken(authorization: string | null, now = new Date()): Promise<ApiCaller> {
  const match = /^bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new Unauthorized('integrations.errors.noToken');
  const db = getDb();
  const [row] = await db
    .select({ token: apiTokens, user: { id: users.id, role: users.role, status: users.status, statusUntil: users.statusUntil, statusReason: users.statusReason } })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.actsFor))
    .where(eq(apiTokens.tokenHash, hashApiToken(match[1]!)))
    .limit(1);
  if (!row || stateOf(row.token, now) !== 'active') throw new Unauthorized('integrations.errors.badToken');
  // "Last used" to the minute: one write a minute at most, not one per request.
  const minuteAgo = new Date(now.getTime() - 60_000);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, row.token.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, minuteAgo))));
  return { actor: { ...row.user, integration: { id: row.token.id, name: row.token.name } }, tokenId: row.token.id, scopes: new Set(row.token.scopes as ApiScope[]) };
}
