import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { pollOptions, polls, pollVotes } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { parseInput } from '@/lib/verb';
import { uuidField } from './fields';
import { loadPoll } from './post-dtos';
import { requireThread } from './thread-access';
import { assertStanding } from '@/lib/policy';

const input = z.object({
  pollId: uuidField,
  // No option at all takes one's vote back.
  optionIds: z.array(uuidField).max(20, 'errors.invalidField'),
});

/** Sets the person's choice in a poll (one option, or several when the poll allows it). */
export async function votePoll({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertStanding(actor, 'write');
  const data = parseInput(input, raw);
  const [poll] = await getDb().select().from(polls).where(eq(polls.id, data.pollId)).limit(1);
  if (!poll) throw new NotFound();
  const { thread, viewer } = await requireThread(actor, poll.threadId);
  if (!viewer.canPost) throw new Forbidden();
  if (poll.closesAt && poll.closesAt <= new Date()) throw new Forbidden('threads.errors.pollClosed');
  const chosen = [...new Set(data.optionIds)];
  if (!poll.multiple && chosen.length > 1) throw new Invalid({ optionIds: ['threads.errors.pollSingle'] });
  const valid = chosen.length === 0 ? [] : await getDb().select({ id: pollOptions.id }).from(pollOptions).where(and(eq(pollOptions.pollId, poll.id), inArray(pollOptions.id, chosen)));
  if (valid.length !== chosen.length) throw new Invalid({ optionIds: ['errors.invalidField'] });
  await getDb().transaction(async (tx) => {
    await tx.delete(pollVotes).where(and(eq(pollVotes.pollId, poll.id), eq(pollVotes.userId, actor.id)));
    if (chosen.length > 0) await tx.insert(pollVotes).values(chosen.map((optionId) => ({ pollId: poll.id, optionId, userId: actor.id })));
    // Counted again from the votes, so concurrent voters never leave the totals off by one.
    await tx
      .update(pollOptions)
      .set({ voteCount: sql`(select count(*)::int from ${pollVotes} where ${pollVotes.optionId} = ${pollOptions.id})` })
      .where(eq(pollOptions.pollId, poll.id));
  });
  const result = (await loadPoll(thread.id, actor.id))!;
  const { myVotes, ...shared } = result;
  publish(rooms.thread(thread.id), 'poll:changed', shared);
  return { ...shared, myVotes };
}
