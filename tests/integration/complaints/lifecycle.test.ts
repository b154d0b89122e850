import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, complaintRatings, complaints, users } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { decideAsAuthor } from '@/lib/complaints/author-decision';
import { getComplaintView } from '@/lib/complaints/queries';
import { rateComplaint, type RateInput } from '@/lib/complaints/rate';
import { respondToComplaint } from '@/lib/complaints/respond';
import { setComplaintStatus, type SetStatusInput } from '@/lib/complaints/set-status';
import { Conflict, Forbidden, Invalid } from '@/lib/errors';
import { actorOf, reload } from '../factories';
import {
  complaintScene,
  complaintRow,
  daysAgo,
  decide,
  eventsOf,
  expectRefused,
  expectStatusHistory,
  fileOne,
  freshComplaint,
  key,
  type Lists,
  member,
  noticeKinds,
  say,
  setComplaint,
  staffer,
} from '../complaint-fixtures';

let lists: Lists;
let bea: Actor;
let laura: Actor;
let marta: Actor;
beforeAll(async () => {
  ({ lists, laura } = await complaintScene());
  bea = await member('Bea');
  marta = await staffer('Marta', 'Directora', 'manager');
});

type WithoutKey<T> = T extends unknown ? Omit<T, 'idempotencyKey'> : never;
const status = (actor: Actor, input: WithoutKey<SetStatusInput>) => setComplaintStatus({ actor, input: { ...input, idempotencyKey: key() } as SetStatusInput });
const rate = (actor: Actor, complaintId: string, extra: Partial<RateInput> = {}) => rateComplaint({ actor, input: { complaintId, solved: 'yes', rating: 4, wouldStay: 'yes', comment: 'Gracias', ...extra } });

/** A complaint by a new member (filing is rate limited per person), brought to `to` through the verbs. */
async function complaintAt(to: 'open' | 'acknowledged' | 'in_progress' | 'solution_proposed' | 'resolved' | 'closed') {
  const { id, number, author } = await freshComplaint(lists);
  if (to === 'open') return { id, number, author };
  await say(laura, id, 'official_reply');
  if (to === 'in_progress') await say(laura, id, 'progress_update', 'Ya hemos llamado al técnico.');
  if (to === 'solution_proposed' || to === 'resolved') await say(laura, id, 'propose_solution', 'Hemos cambiado la caldera.');
  if (to === 'resolved') await decide(author, id, 'accept_solution');
  if (to === 'closed') await status(laura, { action: 'close', complaintId: id, reason: 'not_actionable' });
  return { id, number, author };
}

describe('who may move a complaint', () => {
  it("refuses a member acting on someone else's complaint, changing nothing", async () => {
    const { id } = await complaintAt('solution_proposed');
    await expectRefused(id, () => say(bea, id, 'official_reply'), Forbidden);
    await expectRefused(id, () => say(bea, id, 'propose_solution'), Forbidden);
    await expectRefused(id, () => status(bea, { action: 'close', complaintId: id, reason: 'not_actionable' }), Forbidden);
    await expectRefused(id, () => status(bea, { action: 'start_progress', complaintId: id }), Forbidden);
    for (const d of ['accept_solution', 'reject_solution', 'withdraw'] as const) await expectRefused(id, () => decide(bea, id, d), Forbidden, 'complaints.errors.authorOnly');
    // Staff answer for the company, never for the author.
    await expectRefused(id, () => decide(laura, id, 'accept_solution'), Forbidden, 'complaints.errors.authorOnly');
  });

  it('refuses staff answering or moving their own complaint', async () => {
    const { id } = await fileOne(laura, lists);
    await expectRefused(id, () => say(laura, id, 'official_reply'), Forbidden, 'complaints.errors.ownComplaint');
    await expectRefused(id, () => status(laura, { action: 'start_progress', complaintId: id }), Forbidden, 'complaints.errors.ownComplaint');
    // Another staff member can.
    await say(marta, id, 'official_reply');
    expect((await complaintRow(id)).status).toBe('acknowledged');
  });

  it('refuses moves the lifecycle does not allow from where the complaint is', async () => {
    const open = await complaintAt('open');
    await expectRefused(open.id, () => decide(open.author, open.id, 'accept_solution'), Conflict, 'complaints.errors.notAllowedNow');
    await expectRefused(open.id, () => decide(open.author, open.id, 'reject_solution'), Conflict, 'complaints.errors.notAllowedNow');
    await expectRefused(open.id, () => status(laura, { action: 'reopen', complaintId: open.id }), Conflict, 'complaints.errors.notAllowedNow');
    const proposed = await complaintAt('solution_proposed');
    await expectRefused(proposed.id, () => say(laura, proposed.id, 'propose_solution'), Conflict, 'complaints.errors.notAllowedNow');
    await expectRefused(proposed.id, () => say(laura, proposed.id, 'progress_update'), Conflict, 'complaints.errors.notAllowedNow');
    await expectRefused(proposed.id, () => status(laura, { action: 'start_progress', complaintId: proposed.id }), Conflict, 'complaints.errors.notAllowedNow');
    const resolved = await complaintAt('resolved');
    await expectRefused(resolved.id, () => say(laura, resolved.id, 'official_reply'), Conflict, 'complaints.errors.notAllowedNow');
    await expectRefused(resolved.id, () => decide(resolved.author, resolved.id, 'withdraw'), Conflict, 'complaints.errors.notAllowedNow');
    await expectRefused(resolved.id, () => status(laura, { action: 'close', complaintId: resolved.id, reason: 'no_response' }), Conflict, 'complaints.errors.notAllowedNow');
  });

  it('refuses an unknown complaint and bad input without writing', async () => {
    await expect(say(laura, '00000000-0000-4000-8000-000000000000', 'official_reply')).rejects.toMatchObject({ status: 404 });
    const { id } = await complaintAt('open');
    await expectRefused(id, () => say(laura, id, 'official_reply', '   '), Invalid);
    await expectRefused(id, () => status(laura, { action: 'close', complaintId: id, reason: 'withdrawn' as never }), Invalid);
  });
});

describe('the lifecycle through the verbs', () => {
  it('acknowledges on the first signed reply, and keeps the status on later ones', async () => {
    const { id, number } = await complaintAt('open');
    await say(laura, id, 'official_reply');
    const first = await complaintRow(id);
    expect(first).toMatchObject({ status: 'acknowledged' });
    expect(first.firstResponseAt).not.toBeNull();
    await say(marta, id, 'official_reply', 'Os mantenemos informados.');
    const later = await complaintRow(id);
    expect(later).toMatchObject({ status: 'acknowledged', firstResponseAt: first.firstResponseAt });
    const replies = (await getComplaintView(bea, number, false))!.timeline.filter((e) => e.kind === 'official_reply');
    expect(replies.map((e) => [e.actor, e.fromStatus, e.toStatus])).toEqual([
      [{ name: 'Laura', title: 'Atención al socio', staff: true }, 'open', 'acknowledged'],
      [{ name: 'Marta', title: 'Directora', staff: true }, null, null],
    ]);
    await expectStatusHistory(id);
  });

  it('writes one event for a repeated submit of the same reply', async () => {
    const { id } = await complaintAt('open');
    const input = { complaintId: id, statement: 'official_reply' as const, body: 'Lo miramos hoy.', idempotencyKey: key() };
    await respondToComplaint({ actor: laura, input });
    await respondToComplaint({ actor: laura, input });
    expect((await eventsOf(id)).filter((e) => e.kind === 'official_reply')).toHaveLength(1);
  });

  it('leaves an audit row for every staff move, and none for the author', async () => {
    const { id, author: ana } = await complaintAt('open');
    await say(laura, id, 'propose_solution', 'Cambiamos la caldera.');
    await decide(ana, id, 'accept_solution');
    const rows = await getDb().select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(rows.map((r) => [r.actorId, r.action, r.before, r.after])).toEqual([[laura.id, 'complaint.solution_proposed', { status: 'open' }, { status: 'solution_proposed' }]]);
  });

  it('reopens on a rejected solution: in progress again, one more reopen, the reason public', async () => {
    const { id, author: ana } = await complaintAt('solution_proposed');
    await decide(ana, id, 'reject_solution', 'Sigue saliendo fría por la mañana.');
    const row = await complaintRow(id);
    expect(row).toMatchObject({ status: 'in_progress', reopenCount: 1, solutionProposedAt: null });
    const last = (await eventsOf(id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'solution_rejected', actorId: ana.id, fromStatus: 'solution_proposed', toStatus: 'in_progress', bodyMd: 'Sigue saliendo fría por la mañana.' });
    // Whoever handles it hears the answer.
    expect(await noticeKinds(id, laura.id)).toContain('complaint_status');
    await say(laura, id, 'propose_solution', 'Ahora sí: caldera nueva.');
    await decide(ana, id, 'reject_solution');
    expect(await complaintRow(id)).toMatchObject({ status: 'in_progress', reopenCount: 2 });
    await expectStatusHistory(id);
  });

  it('guards the reason for a rejection like any public text, without a private case to keep it in', async () => {
    const { id, author: ana } = await complaintAt('solution_proposed');
    const reason = 'Llamadme al +34 628 101 218 y lo hablamos.';
    await expectRefused(id, () => decide(ana, id, 'reject_solution', reason), Invalid);
    const withDecision = (piiDecision: 'remove' | 'keep_private') =>
      decideAsAuthor({ actor: ana, input: { complaintId: id, decision: 'reject_solution', reason, piiDecision, idempotencyKey: key() } });
    await expectRefused(id, () => withDecision('keep_private'), Invalid);
    await withDecision('remove');
    expect((await eventsOf(id)).at(-1)!.bodyMd).toBe('Llamadme al […] y lo hablamos.');
  });

  it('lets the author withdraw a live complaint: closed as withdrawn', async () => {
    const { id, author: ana } = await complaintAt('in_progress');
    await decide(ana, id, 'withdraw');
    const row = await complaintRow(id);
    expect(row).toMatchObject({ status: 'closed', closeReason: 'withdrawn' });
    expect(row.closedAt).not.toBeNull();
    expect((await eventsOf(id)).at(-1)).toMatchObject({ kind: 'closed', fromStatus: 'in_progress', toStatus: 'closed', data: { reason: 'withdrawn' } });
    await expectStatusHistory(id);
  });

  it('closes as a duplicate only of another complaint that exists', async () => {
    const original = await complaintAt('open');
    const { id, number } = await complaintAt('acknowledged');
    const close = (duplicateOf?: number) => status(laura, { action: 'close', complaintId: id, reason: 'duplicate', duplicateOf });
    for (const bad of [undefined, 999_999, number]) {
      const err = await expectRefused(id, () => close(bad), Invalid);
      expect(err.fieldErrors).toEqual({ duplicateOf: ['complaints.errors.duplicateOf'] });
    }
    await close(original.number);
    const row = await complaintRow(id);
    expect(row).toMatchObject({ status: 'closed', closeReason: 'duplicate', duplicateOfId: original.id });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ kind: 'closed', fromStatus: 'acknowledged', toStatus: 'closed', data: { reason: 'duplicate', duplicateOf: original.number } });
    expect(await getComplaintView(bea, number, false)).toMatchObject({ status: 'closed', closeReason: 'duplicate', duplicateOfNumber: original.number });
  });

  it('lets staff reopen a closed or resolved complaint, clearing how it ended', async () => {
    const closed = await complaintAt('acknowledged');
    const other = await complaintAt('open');
    await status(laura, { action: 'close', complaintId: closed.id, reason: 'duplicate', duplicateOf: other.number });
    await status(marta, { action: 'reopen', complaintId: closed.id });
    expect(await complaintRow(closed.id)).toMatchObject({ status: 'open', reopenCount: 1, closeReason: null, closedAt: null, duplicateOfId: null });
    expect((await eventsOf(closed.id)).at(-1)).toMatchObject({ kind: 'reopened', actorId: marta.id, fromStatus: 'closed', toStatus: 'open' });
    await expectStatusHistory(closed.id);

    const resolved = await complaintAt('resolved');
    await status(laura, { action: 'reopen', complaintId: resolved.id });
    expect(await complaintRow(resolved.id)).toMatchObject({ status: 'open', reopenCount: 1, resolvedAt: null });
    // A member cannot.
    await status(laura, { action: 'close', complaintId: resolved.id, reason: 'not_actionable' });
    await expectRefused(resolved.id, () => status(resolved.author, { action: 'reopen', complaintId: resolved.id }), Forbidden);
    await expectStatusHistory(resolved.id);
  });

  it('walks every path with from and to on each status change', async () => {
    const a = await complaintAt('open');
    await status(laura, { action: 'start_progress', complaintId: a.id });
    await say(laura, a.id, 'progress_update', 'Pieza pedida.');
    await say(laura, a.id, 'propose_solution', 'Pieza cambiada.');
    await decide(a.author, a.id, 'reject_solution');
    await status(laura, { action: 'close', complaintId: a.id, reason: 'no_response' });
    await status(laura, { action: 'reopen', complaintId: a.id });
    await say(laura, a.id, 'propose_solution', 'Revisado otra vez.');
    await decide(a.author, a.id, 'accept_solution');
    const kinds = (await eventsOf(a.id)).filter((e) => e.toStatus).map((e) => `${e.kind}:${e.fromStatus ?? ''}>${e.toStatus}`);
    expect(kinds).toEqual([
      'created:>open',
      'status_changed:open>in_progress',
      'solution_proposed:in_progress>solution_proposed',
      'solution_rejected:solution_proposed>in_progress',
      'closed:in_progress>closed',
      'reopened:closed>open',
      'solution_proposed:open>solution_proposed',
      'solution_accepted:solution_proposed>resolved',
    ]);
    expect(await complaintRow(a.id)).toMatchObject({ status: 'resolved', reopenCount: 2 });
    await expectStatusHistory(a.id);
  });
});

describe('rateComplaint', () => {
  it('takes one answer from the author once the complaint is finished, and writes a rated event', async () => {
    const { id, number, author: ana } = await complaintAt('resolved');
    await rate(ana, id, { solved: 'no', rating: '2' as never, wouldStay: false, comment: 'Tardasteis mucho.' });
    const [rating] = await getDb().select().from(complaintRatings).where(eq(complaintRatings.complaintId, id));
    expect(rating).toMatchObject({ solved: false, rating: 2, wouldStay: false, comment: 'Tardasteis mucho.' });
    const rated = (await eventsOf(id)).at(-1)!;
    expect(rated).toMatchObject({ kind: 'rated', visibility: 'public', actorId: ana.id, data: { rating: 2, solved: false, wouldStay: false }, fromStatus: null, toStatus: null });
    // The comment is for staff: it lives with the rating, not on the public timeline.
    expect(JSON.stringify(rated)).not.toContain('Tardasteis');
    expect((await getComplaintView(bea, number, false))!.rating).toMatchObject({ rating: 2, comment: null });
    expect((await getComplaintView(laura, number, false))!.rating).toMatchObject({ comment: 'Tardasteis mucho.' });
    expect((await getComplaintView(ana, number, false))!.rating).toMatchObject({ comment: 'Tardasteis mucho.' });

    await expectRefused(id, () => rate(ana, id), Conflict, 'complaints.errors.alreadyRated');
    expect(await getDb().select().from(complaintRatings).where(eq(complaintRatings.complaintId, id))).toHaveLength(1);
  });

  it('tells only the author that a complaint was rated: anyone else gets the same refusal either way', async () => {
    const rated = await complaintAt('resolved');
    await rate(rated.author, rated.id);
    const unrated = await complaintAt('resolved');
    for (const other of [bea, laura]) {
      await expectRefused(rated.id, () => rate(other, rated.id), Forbidden, 'complaints.errors.authorOnly');
      await expectRefused(unrated.id, () => rate(other, unrated.id), Forbidden, 'complaints.errors.authorOnly');
    }
  });

  it('is not open before the end, nor to anyone but the author', async () => {
    const live = await complaintAt('solution_proposed');
    await expectRefused(live.id, () => rate(live.author, live.id), Forbidden, 'complaints.errors.notFinished');
    const done = await complaintAt('closed');
    await expectRefused(done.id, () => rate(bea, done.id), Forbidden, 'complaints.errors.authorOnly');
    await expectRefused(done.id, () => rate(laura, done.id), Forbidden, 'complaints.errors.authorOnly');
    await expectRefused(done.id, () => rate(done.author, done.id, { rating: 6 }), Invalid);
    // A closed complaint is finished too.
    await rate(done.author, done.id);
  });

  it('tells a silenced author why: their standing, not a closed survey', async () => {
    const { id, author } = await complaintAt('resolved');
    const until = new Date(Date.now() + 86_400_000);
    await getDb().update(users).set({ status: 'silenced', statusUntil: until }).where(eq(users.id, author.id));
    const silenced = actorOf(await reload(author.id));
    const refused = await expectRefused(id, () => rate(silenced, id), Forbidden, 'moderation.errors.silencedUntil');
    expect(refused).toMatchObject({ values: { until: until.getTime() } });
    // Once the silence is lifted the survey is still open to them.
    await getDb().update(users).set({ status: 'active', statusUntil: null }).where(eq(users.id, author.id));
    await rate(actorOf(await reload(author.id)), id);
    expect((await eventsOf(id)).at(-1)!.kind).toBe('rated');
  });

  it('closes 30 days after the end', async () => {
    const late = await complaintAt('resolved');
    await setComplaint(late.id, { resolvedAt: daysAgo(31) });
    await expectRefused(late.id, () => rate(late.author, late.id), Forbidden, 'complaints.errors.ratingClosed');
    const inTime = await complaintAt('resolved');
    await setComplaint(inTime.id, { resolvedAt: daysAgo(29) });
    await rate(inTime.author, inTime.id);
    expect((await eventsOf(inTime.id)).at(-1)!.kind).toBe('rated');
  });
});

describe('the status history', () => {
  it('chains from and to on every complaint this file moved, ending where each one is', async () => {
    const all = await getDb().select({ id: complaints.id }).from(complaints);
    expect(all.length).toBeGreaterThan(20);
    for (const c of all) await expectStatusHistory(c.id);
  });
});
