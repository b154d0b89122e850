import { z } from 'zod';
import { assertCan, type Actor } from '@/lib/policy';
import { Invalid } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { uuidField } from '../fields';
import { addComplaintsToIncident } from './add-complaints';
import { complaintIdsByNumber } from './queries';

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

/**
 * Staff add complaints to an incident by the numbers they see on the board. A number that is no
 * complaint stops the whole addition, and the form says which ones.
 */
export async function addComplaintsByNumber({ actor, input: raw }: { actor: Actor; input: AddByNumberInput }) {
  assertCan(actor, 'manage:incidents');
  const data = parseInput(input, raw);
  const { ids, missing } = await complaintIdsByNumber(actor, data.numbers);
  if (missing.length > 0) throw new Invalid({ numbers: ['inbox.errors.unknownNumbers'] }, 'errors.invalid', { missing });
  const { linked } = await addComplaintsToIncident({ actor, input: { incidentId: data.incidentId, complaintIds: ids } });
  return { linked, asked: ids.length };
}
