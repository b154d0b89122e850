import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb } from '@/db/client';
import { guardianConsents, users } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';

/** Spain (LOPDGDD art. 7): from 14 a person consents alone; younger, a guardian consents for them. */
export const AGE_OF_CONSENT = 14;

/** Whether someone born on `birthDate` (a date column, or YYYY-MM-DD) is under 14 on `now`'s calendar day (UTC). */
export function isUnderAgeOfConsent(birthDate: Date | string | null, now = new Date()): boolean {
  if (!birthDate) return false;
  const day = typeof birthDate === 'string' ? birthDate : birthDate.toISOString().slice(0, 10);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const fourteenth = Date.UTC(y + AGE_OF_CONSENT, m - 1, d);
  return now.getTime() < fourteenth;
}

/** SQL over `users`: under 14 today and no guardian's consent on record. */
export const guardianConsentMissingSql = sql<boolean>`("users"."birth_date" is not null and "users"."birth_date" > (current_date - make_interval(years => ${AGE_OF_CONSENT}))
  and not exists (select 1 from guardian_consents g where g.user_id = "users"."id"))`;

/** Members under 14 with and without consent, for the staff page; the age is worked out in SQL. */
export async function minors(db: Executor = getDb()) {
  return db
    .select({ id: users.id, displayName: users.displayName, birthDate: users.birthDate, guardianName: guardianConsents.guardianName, recordedAt: guardianConsents.recordedAt })
    .from(users)
    .leftJoin(guardianConsents, eq(guardianConsents.userId, users.id))
    .where(and(isNotNull(users.birthDate), sql`${users.birthDate} > (current_date - make_interval(years => ${AGE_OF_CONSENT}))`))
    .orderBy(sql`${guardianConsents.userId} is not null`, users.displayName)
    .limit(500);
}

/** Staff record that a guardian consented (seen in person, with the signed form); the member may post from the next request. */
export const recordGuardianConsent = defineVerb({
  name: 'privacy.recordGuardianConsent',
  input: z.object({ userId: uuidField, guardianName: z.string('errors.required').trim().min(2, 'errors.nameTooShort').max(120, 'errors.tooLong') }),
  permission: 'record:guardian_consent',
  load: async (db, data) => {
    const [member] = await db.select({ id: users.id, birthDate: users.birthDate }).from(users).where(eq(users.id, data.userId)).for('update').limit(1);
    if (!member) throw new NotFound();
    return member;
  },
  run: async (ctx, data, member) => {
    if (!isUnderAgeOfConsent(member.birthDate, ctx.now)) throw new Invalid({ _form: ['privacy.errors.notAMinor'] });
    const [row] = await ctx.tx.insert(guardianConsents).values({ userId: member.id, guardianName: data.guardianName, recordedById: ctx.actor.id, recordedAt: ctx.now }).onConflictDoNothing().returning();
    if (!row) throw new Conflict('privacy.errors.consentRecorded');
    return row;
  },
  // The guardian's name is personal data: the audit row names the member and who recorded it, not the guardian.
  audit: (row) => ({ action: 'privacy.guardian_consent', targetType: 'user', targetId: row.userId }),
});

