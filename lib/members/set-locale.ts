import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { localeField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';

/** The language of the member's pages and mails; a silenced member keeps choosing it. */
export const setLocale = defineVerb({
  name: 'members.set_locale',
  input: z.object({ locale: localeField }),
  standing: 'active',
  policy: (actor) => refusal(actor, 'update:own_profile'),
  run: async ({ tx, actor }, { locale }) => {
    await tx.update(users).set({ locale }).where(eq(users.id, actor.id));
  },
});
