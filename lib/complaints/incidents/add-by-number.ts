import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { complaints } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { uuidField } from '../fields';
import { lockForLinking } from './add-complaints';
import { linkAll } from './link';

const MAX_NUMBERS = 200;

// "128, 131 #140": the numbers as people quote them, separated by commas or spaces.
const numbersField = z
  .string('errors.required')
  .max(2_000, 'errors.tooLong')
  .transform((s) => s.split(/[\s,;]+/).map((t) => t.replace(/^#/, '')).filter(Boolean))
  .refine((tokens) => tokens.every((t) => /^\d{1,9}$/.test(t)), 'inbox.errors.numbers')
  .refine((tokens) => tokens.length > 0, 'inbox.errors.numbersEmpty')
  .refine((tokens) => tokens.length <= MAX_NUMBERS, 'complaints.errors.tooMany')
  .transform((tokens) => [...new Set(tokens.map(Number))]);

const input = z.object({ incidentId: uuidField, numbers: numbersField });

export type AddByNumberInput = z.input<typeof input>;

/** Complaint ids for the numbers people quote ("#128"); a number that matches nothing stops the whole addition, and the form says which. */
async function idsByNumber(db: Executor, numbers: number[]): Promise<string[]> {
  const rows = await db.select({ id: complaints.id, number: complaints.number }).from(complaints).where(inArray(complaints.number, numbers));
  const found = new Set(rows.map((r) => r.number));
  const missing = numbers.filter((n) => !found.has(n));
  if (missing.length > 0) throw new Invalid({ numbers: ['inbox.errors.unknownNumbers'] }, 'errors.invalid', { missing });
  return rows.map((r) => r.id);
}

/** Staff add complaints to an incident by the numbers they see on the board. */
export const addComplaintsByNumber = defineVerb({
  permission: 'manage:incidents',
  name: 'incidents.addByNumber',
  input,
  load: async (db, data) => lockForLinking(db, data.incidentId, await idsByNumber(db, data.numbers)),
  run: async (ctx, _data, { incident, targets }) => ({ linked: await linkAll(ctx, incident, targets), asked: targets.length }),
});
