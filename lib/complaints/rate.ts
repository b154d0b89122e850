import { z } from 'zod';
import { complaintRatings } from '@/db/schema';
import { Conflict } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { optionalText } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { applyChange } from './apply';
import { uuidField } from './fields';
import { recordEvents } from './record';
import { lockTarget } from './target';

const yesNo = z.union([z.boolean(), z.enum(['yes', 'no'])], 'complaints.errors.answerRequired').transform((v) => v === true || v === 'yes');

const input = z.object({
  complaintId: uuidField,
  solved: yesNo,
  rating: z.coerce.number('complaints.errors.ratingRequired').int('complaints.errors.ratingRequired').min(1, 'complaints.errors.ratingRequired').max(5, 'complaints.errors.ratingRequired'),
  wouldStay: yesNo,
  comment: optionalText(2000),
});

export type RateInput = z.input<typeof input>;

const ALREADY = 'complaints.errors.alreadyRated';
const AUTHOR_ONLY = 'complaints.errors.authorOnly';

/** The author's one answer, within 30 days of the end: solved?, 1–5, would stay?, and a comment for staff. */
export const rateComplaint = defineVerb({
  name: 'complaints.rate',
  input,
  load: (db, data) => lockTarget(db, data.complaintId),
  // Rated already is a conflict the run reports, but only to the author: anyone else is refused the
  // same way whether it was rated or not, so the answer tells them nothing.
  policy: (actor, { facts }, _data, now) => {
    const refused = refusal(actor, 'rate:complaint', facts, now);
    return facts.rated && refused !== AUTHOR_ONLY ? null : refused;
  },
  run: async (ctx, data, { complaint: c, facts }) => {
    if (facts.rated) throw new Conflict(ALREADY);
    const inserted = await ctx.tx
      .insert(complaintRatings)
      .values({ complaintId: c.id, solved: data.solved, rating: data.rating, wouldStay: data.wouldStay, comment: data.comment })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw new Conflict(ALREADY);
    return recordEvents(ctx, c, [await applyChange(ctx.tx, c, { actorId: ctx.actor.id, party: 'author', event: { kind: 'rated', data: { rating: data.rating, solved: data.solved, wouldStay: data.wouldStay } } })]);
  },
});
