import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';

async function lockToken(db: Executor, id: string) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update').limit(1);
  if (!row) throw new NotFound();
  return row;
}

/** Revoking takes effect on the token's next request: every request looks the token up again. */
export const revokeApiToken = defineVerb({
  name: 'integrations.revoke',
  input: z.object({ tokenId: uuidField }),
  permission: 'manage:integrations',
  load: (db, data) => lockToken(db, data.tokenId),
  run: async (ctx, _, token) => {
    if (token.revokedAt) return { revoked: false, name: token.name };
    await ctx.tx.update(apiTokens).set({ revokedAt: ctx.now, revokedBy: ctx.actor.id }).where(eq(apiTokens.id, token.id));
    return { revoked: true, name: token.name };
  },
  audit: (r, data) => (r.revoked ? { action: 'integration.revoke', targetType: 'integration', targetId: data.tokenId, after: { name: r.name } } : null),
});
