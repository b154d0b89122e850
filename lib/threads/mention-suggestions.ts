import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { isActive } from '@/lib/policy';

const query = z.string().trim().min(1).max(40);

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;

/** Names for the @ autocomplete: active accounts whose name, or a word in it, starts with what was typed. */
export async function suggestMentions(actor: Actor, raw: unknown): Promise<{ id: string; name: string }[]> {
  if (!isActive(actor)) return [];
  const parsed = query.safeParse(raw);
  if (!parsed.success) return [];
  const prefix = likePrefix(parsed.data);
  const name = sql`lower(${users.displayName})`;
  return getDb()
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.status, 'active'), isNull(users.erasedAt), or(sql`${name} like ${prefix}`, sql`${name} like ${`% ${prefix}`}`)))
    .orderBy(sql`${name} like ${prefix} desc`, asc(users.displayName))
    .limit(8);
}
