import { z } from 'zod';
import { complaintRatings } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Conflict } from '@/lib/errors';
import { optionalText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { applyChange } from './apply';
import { uuidField } from './fields';
import { mutateComplaint } from './mutate';
import { assertComplaint } from './policy';

const yesNo = z.union([z.boolean(), z.enum(['yes', 'no'])], 'complaints.errors.answerRequired').transform((v) => v === true || v === 'yes');

const input = z.object({
  complaintId: uuidField,
  solved: yesNo,
  rating: z.coerce.number('complaints.errors.ratingRequired').int('complaints.errors.ratingRequired').min(1, 'complaints.errors.ratingRequired').max(5, 'complaints.errors.ratingRequired'),
  wouldStay: yesNo,
  comment: optionalText(2000),
});

export type RateInput = z.input<typeof input>;

/** The author's one answer, within 30 days of the end: solved?, 1–5, would stay?, and a comment for staff. */
export async function rateComplaint({ actor, input: raw }: { actor: Actor; input: RateInput }) {
  const data = parseInput(input, raw);
  return mutateComplaint(data.complaintId, false, async (tx, c, facts) => {
    if (facts.rated) throw new Conflict('complaints.errors.alreadyRated');
    assertComplaint(actor, 'rate', facts);
    const inserted = await tx
      .insert(complaintRatings)
      .values({ complaintId: c.id, solved: data.solved, rating: data.rating, wouldStay: data.wouldStay, comment: data.comment })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw new Conflict('complaints.errors.alreadyRated');
    return [await applyChange(tx, c, { actorId: actor.id, party: 'author', event: { kind: 'rated', data: { rating: data.rating, solved: data.solved, wouldStay: data.wouldStay } } })];
  });
}
