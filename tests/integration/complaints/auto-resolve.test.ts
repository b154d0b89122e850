import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { communitySettings } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { setFollow } from '@/lib/complaints/follow';
import { autoResolve } from '@/lib/complaints/jobs/auto-resolve';
import { complaintRow, complaintScene, daysAgo, decide, eventsOf, freshComplaint, type Lists, member, noticeKinds, noticesFor, say, setComplaint, settings } from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

describe('autoResolve', () => {
  /** A complaint whose solution was proposed `days` ago, with a follower. */
  async function proposed(days: number) {
    const c = await fresh();
    const bea = await member('Bea');
    await setFollow({ actor: bea, input: { complaintId: c.id, on: true } });
    await say(laura, c.id, 'propose_solution', 'Hemos cambiado la caldera.');
    await setComplaint(c.id, { solutionProposedAt: daysAgo(days) });
    return { ...c, bea };
  }

  it('resolves after the default window of 7 days when the community has no settings row, and not before', async () => {
    expect(await getDb().select().from(communitySettings)).toEqual([]);
    const now = new Date();
    const waiting = await proposed(6);
    const silent = await proposed(8);
    await autoResolve(now);
    expect((await complaintRow(waiting.id)).status).toBe('solution_proposed');
    expect((await complaintRow(silent.id)).status).toBe('resolved');
    await decide(waiting.author, waiting.id, 'accept_solution');
  });

  it("resolves after the community's confirmation window, as the system, and asks the author for a rating", async () => {
    await settings({ confirmationDays: 3 });
    const now = new Date();
    const waiting = await proposed(2);
    const silent = await proposed(4);
    expect(await autoResolve(now)).toBe(1);
    expect((await complaintRow(waiting.id)).status).toBe('solution_proposed');
    const row = await complaintRow(silent.id);
    expect(row).toMatchObject({ status: 'resolved', resolvedAt: now, solutionProposedAt: null });
    expect((await eventsOf(silent.id)).at(-1)).toMatchObject({ kind: 'status_changed', actorId: null, fromStatus: 'solution_proposed', toStatus: 'resolved', data: { auto: true } });
    const resolvedEvent = (await eventsOf(silent.id)).at(-1)!;
    expect((await noticesFor(silent.id, silent.author.id)).map((n) => [n.kind, n.complaintEventId])).toEqual([
      ['complaint_solution', expect.any(Number)],
      ['complaint_rating_request', resolvedEvent.id],
    ]);
    expect(await noticeKinds(silent.id, silent.bea.id)).toEqual(['complaint_status', 'complaint_status']);
    expect(await autoResolve(now)).toBe(0);

    // The author's answer, however late, wins over the job.
    await setComplaint(waiting.id, { solutionProposedAt: daysAgo(4) });
    await decide(waiting.author, waiting.id, 'reject_solution');
    expect(await autoResolve(now)).toBe(0);
    expect((await complaintRow(waiting.id)).status).toBe('in_progress');
  });

  it('resolves each complaint once when two runs overlap', async () => {
    const now = new Date();
    const due = await Promise.all([proposed(5), proposed(5), proposed(5)]);
    const [a, b] = await Promise.all([autoResolve(now), autoResolve(now)]);
    expect(a + b).toBe(due.length);
    for (const c of due) {
      expect((await complaintRow(c.id)).status).toBe('resolved');
      expect((await eventsOf(c.id)).filter((e) => e.toStatus === 'resolved')).toHaveLength(1);
      expect(await noticeKinds(c.id, c.author.id)).toEqual(['complaint_rating_request', 'complaint_solution']);
    }
  });
});
