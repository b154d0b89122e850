import { and, eq, inArray } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { apiTokens, users } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { sha256 } from '@/lib/security/tokens';
import { optionalOf, uuidField, withoutPersonalData } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { API_SCOPES, TOKEN_PREFIX } from './scopes';

/** A form sends one value per ticked box (joined by the page's action); other callers send a list. */
const scopesField = z
  .union([z.array(z.string()), z.string().transform((v) => v.split(',').filter(Boolean))])
  .pipe(z.array(z.enum(API_SCOPES, 'errors.invalidField')).min(1, 'integrations.errors.noScope'))
  .transform((list) => [...new Set(list)].sort());

const input = z.object({
  name: withoutPersonalData(z.string('errors.required').trim().min(2, 'errors.nameTooShort').max(60, 'errors.tooLong')),
  scopes: scopesField,
  // Whose name the integration's writes carry; the manager who makes the token by default.
  actsFor: optionalOf(uuidField),
  expiresInDays: optionalOf(z.coerce.number('errors.invalidField').int('errors.invalidField').min(1, 'errors.invalidField').max(730, 'errors.invalidField')),
});

export type CreateTokenInput = z.input<typeof input>;

export function hashApiToken(token: string): string {
  return sha256(`api-token:${token}`);
}

/** Managers give another system a key. The secret comes back once; only its hash is kept. */
export const createApiToken = defineVerb({
  name: 'integrations.create',
  input,
  permission: 'manage:integrations',
  run: async (ctx, data) => {
    const actsFor = data.actsFor ?? ctx.actor.id;
    const [person] = await ctx.tx
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(and(eq(users.id, actsFor), inArray(users.role, ['staff', 'manager']), eq(users.status, 'active')))
      .limit(1);
    if (!person) throw new Invalid({ actsFor: ['integrations.errors.actsFor'] });
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const expiresAt = data.expiresInDays ? new Date(ctx.now.getTime() + data.expiresInDays * 86_400_000) : null;
    const [row] = await ctx.tx
      .insert(apiTokens)
      .values({ name: data.name, prefix: token.slice(0, TOKEN_PREFIX.length + 6), tokenHash: hashApiToken(token), scopes: data.scopes, actsFor, createdBy: ctx.actor.id, expiresAt, createdAt: ctx.now })
      .returning({ id: apiTokens.id });
    return { id: row!.id, token, name: data.name, scopes: data.scopes, expiresAt, actsForName: person.name };
  },
  // Never the secret.
  audit: (r, _, __) => ({ action: 'integration.create', targetType: 'integration', targetId: r.id, after: { name: r.name, scopes: r.scopes, expiresAt: r.expiresAt } }),
});
