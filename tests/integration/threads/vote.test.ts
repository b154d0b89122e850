import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { pollOptions } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { getThreadView } from '@/lib/threads/queries';
import { votePoll } from '@/lib/threads/vote';
import { createGroup } from '../community-fixtures';
import { member, thread } from './fixtures';

describe('voting in a poll', () => {
  it('polls: single choice replaces the vote, multiple keeps several, closed polls refuse', async () => {
    const [ana, luis] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const t = await thread(group.id, ana, { poll: { question: '¿Qué día entrenamos?', options: ['Lunes', 'Miércoles', 'Lunes', ''], multiple: false, closesAt: null } });
    const poll = (await getThreadView(ana, group.slug, t.id))!.poll!;
    expect(poll.options.map((o) => o.label)).toEqual(['Lunes', 'Miércoles']);
    const [mon, wed] = poll.options.map((o) => o.id) as [string, string];
    await votePoll({ actor: ana, input: { pollId: poll.id, optionIds: [mon] } });
    const result = await votePoll({ actor: ana, input: { pollId: poll.id, optionIds: [wed] } });
    expect(result.options.map((o) => o.votes)).toEqual([0, 1]);
    expect(result.myVotes).toEqual([wed]);
    await expect(votePoll({ actor: luis, input: { pollId: poll.id, optionIds: [mon, wed] } })).rejects.toBeInstanceOf(Invalid);
    await getDb().execute(sql`update polls set closes_at = now() - interval '1 minute' where id = ${poll.id}`);
    await expect(votePoll({ actor: luis, input: { pollId: poll.id, optionIds: [mon] } })).rejects.toThrow('threads.errors.pollClosed');
    expect((await getDb().select().from(pollOptions).where(eq(pollOptions.pollId, poll.id))).map((o) => o.voteCount).sort()).toEqual([0, 1]);
    const bad = await thread(group.id, ana, { poll: { question: '¿Sí?', options: ['Solo una'], multiple: false, closesAt: null } }).catch((e: unknown) => e);
    expect((bad as Invalid).fieldErrors['poll.options']).toEqual(['threads.errors.pollOptions']);
  });
});
