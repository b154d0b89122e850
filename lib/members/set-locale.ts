import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { type Actor, can } from '@/lib/auth/policy';
import { localeField } from '@/lib/validation/fields';
import { assertCan, parseInput } from '@/lib/verb';

export async function setLocale({ actor, input }: { actor: Actor; input: { locale: string } }): Promise<void> {
  assertCan(can(actor, 'update:own_profile'));
  const { locale } = parseInput(z.object({ locale: localeField }), input);
  await getDb().update(users).set({ locale }).where(eq(users.id, actor.id));
}
