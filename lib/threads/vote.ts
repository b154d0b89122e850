import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { pollOptions, polls, pollVotes } from '@/db/schema';
import { Invalid, NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import { uuidField } from './fields';
import { loadPoll } from './post-dtos';
import { requireThread } from './thread-access';

const input = z.object({
  pollId: uuidField,
  // No option at all takes one's vote back.
  optionIds: z.array(uuidField).max(20, 'errors.invalidField'),
});

/** Sets the person's choice in a poll (one option, or several when the poll allows it). */
export const votePoll = defineVerb({
  name: 'threads.vote',
  input,
  load: async (db, data, actor) => {
    // Voters take turns on the poll, so each recount sees the votes before it.
    const [poll] = await db.select().from(polls).where(eq(polls.id, data.pollId)).limit(1).for('update');
    if (!poll) throw new NotFound();
    return { poll, ...(await requireThread(actor, poll.threadId, { db })) };
  },
  policy: (actor, { poll, viewer }, _data, now) => refusal(actor, 'vote:poll', { viewer, closesAt: poll.closesAt }, now),
  run: async (ctx, data, { poll, thread }) => {
    const chosen = [...new Set(data.optionIds)];
    if (!poll.multiple && chosen.length > 1) throw new Invalid({ optionIds: ['threads.errors.pollSingle'] });
    const valid = chosen.length === 0 ? [] : await ctx.tx.select({ id: pollOptions.id }).from(pollOptions).where(and(eq(pollOptions.pollId, poll.id), inArray(pollOptions.id, chosen)));
    if (valid.length !== chosen.length) throw new Invalid({ optionIds: ['errors.invalidField'] });
    await ctx.tx.delete(pollVotes).where(and(eq(pollVotes.pollId, poll.id), eq(pollVotes.userId, ctx.actor.id)));
    if (chosen.length > 0) await ctx.tx.insert(pollVotes).values(chosen.map((optionId) => ({ pollId: poll.id, optionId, userId: ctx.actor.id })));
    // Counted again from the votes, so concurrent voters never leave the totals off by one.
    await ctx.tx
      .update(pollOptions)
      .set({ voteCount: sql`(select count(*)::int from ${pollVotes} where ${pollVotes.optionId} = ${pollOptions.id})` })
      .where(eq(pollOptions.pollId, poll.id));
    const { myVotes, ...shared } = (await loadPoll(thread.id, ctx.actor.id, ctx.tx))!;
    ctx.publish(rooms.thread(thread.id), 'poll:changed', shared);
    return { ...shared, myVotes };
  },
});
