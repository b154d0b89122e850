import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/policy';
import { localeField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';

export async function setLocale({ actor, input }: { actor: Actor; input: { locale: string } }): Promise<void> {
  assertCan(actor, 'update:own_profile');
  const { locale } = parseInput(z.object({ locale: localeField }), input);
  await getDb().update(users).set({ locale }).where(eq(users.id, actor.id));
}
