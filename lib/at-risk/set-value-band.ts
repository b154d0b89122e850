import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { uuidField, VALUE_BANDS } from './fields';
import { loadMember } from './target';

const input = z.object({
  userId: uuidField,
  band: z
    .union([z.literal(''), z.enum(VALUE_BANDS)], 'errors.invalidField')
    .transform((v) => v || null),
});

/** The manager says what a member is worth to the company (a family membership…). Staff see it; peers never. */
export const setValueBand = defineVerb({
  name: 'atRisk.setValueBand',
  input,
  load: async (db, { userId }) => {
    const member = await loadMember(db, userId);
    const [row] = await db.select({ band: users.valueBand }).from(users).where(eq(users.id, userId)).for('update').limit(1);
    return { ...member, before: row?.band ?? null };
  },
  policy: (actor, member) => refusal(actor, 'set:value_band', member),
  run: async ({ tx }, { userId, band }) => {
    await tx.update(users).set({ valueBand: band }).where(eq(users.id, userId));
    return band;
  },
  audit: (band, { userId }, { before }) => ({ action: 'member.value_band', targetType: 'user', targetId: userId, before: { band: before }, after: { band } }),
});
