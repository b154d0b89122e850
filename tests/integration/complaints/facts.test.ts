import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { complaintFacts, complaints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { sweepSla } from '@/lib/complaints/jobs/sla-sweep';
import { FACTS_DRIFT_SQL } from '@/lib/complaints/metrics/facts';
import { rateComplaint } from '@/lib/complaints/rate';
import { setComplaintPriority } from '@/lib/complaints/set-priority';
import { complaintScene, decide, freshComplaint, key, type Lists, say, setComplaint, staffer } from '../complaint-fixtures';

// complaint_facts (migration 0013, docs/decisions/0008) is written by triggers, whoever writes the
// complaint, its events or its answer: after each step the stored row is what a recount gives.

let lists: Lists;
let laura: Actor;
let jorge: Actor;

const drift = async () => Number(((await getDb().execute(sql.raw(FACTS_DRIFT_SQL))) as unknown as { rows: { count: string | number }[] }).rows[0]!.count);
const factsOf = async (id: string) => (await getDb().select().from(complaintFacts).where(eq(complaintFacts.complaintId, id)))[0];

beforeAll(async () => {
  ({ lists, laura } = await complaintScene());
  jorge = await staffer('Jorge');
});

describe('complaint facts', () => {
  it('follow a complaint through the verbs, the SLA sweep and its answer', async () => {
    const { author, id } = await freshComplaint(lists);
    expect(await factsOf(id)).toMatchObject({ open: true, ended: false, priority: 'normal', firstResponseAt: null, signedBy: [], resolutions: 0 });

    // Overdue: the sweep records a first-response breach outside any verb.
    const now = new Date();
    await setComplaint(id, { nextDueAt: new Date(now.getTime() - 60_000) });
    await sweepSla(now);
    expect(await factsOf(id)).toMatchObject({ slaBreached: true, breachedNow: true });

    await setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'urgent' } });
    await say(jorge, id, 'official_reply');
    await commentOnComplaint({ actor: author, input: { complaintId: id, body: 'Sigue igual esta mañana.', idempotencyKey: key() } });
    await say(laura, id, 'propose_solution');
    await decide(author, id, 'accept_solution');
    await rateComplaint({ actor: author, input: { complaintId: id, solved: 'yes', rating: 4, wouldStay: 'no' } });

    const facts = (await factsOf(id))!;
    expect(facts).toMatchObject({ priority: 'urgent', firstSignedBy: jorge.id, resolutions: 1, reopens: 0, ended: true, open: false, breachedNow: false, solved: true, rating: 4, wouldStay: false });
    expect([...facts.signedBy].sort()).toEqual([jorge.id, laura.id].sort());
    expect(facts.firstResponseAt).toEqual(facts.firstSignedAt);
    expect(await drift()).toBe(0);
  });

  it('move with the complaint’s branch, and go with the complaint', async () => {
    const { id } = await freshComplaint(lists);
    const other = await freshComplaint(lists);
    const { branchId } = (await getDb().select({ branchId: complaints.branchId }).from(complaints).where(eq(complaints.id, other.id)))[0]!;
    const [moved] = await getDb().execute(sql`insert into complaint_branches (name) values ('Gimnasio') returning id`).then((r) => (r as unknown as { rows: { id: string }[] }).rows);
    await setComplaint(id, { branchId: moved!.id });
    expect((await factsOf(id))!.branchId).toBe(moved!.id);
    expect((await factsOf(other.id))!.branchId).toBe(branchId);
    await getDb().delete(complaints).where(eq(complaints.id, id));
    expect(await factsOf(id)).toBeUndefined();
    expect(await drift()).toBe(0);
  });
});
