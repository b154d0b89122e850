import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, complaintEvents, complaints, slaPolicies, staffTeams } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { assignComplaint, type AssignInput } from '@/lib/complaints/assign';
import { bulkUpdateComplaints } from '@/lib/complaints/bulk';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { inboxFilters, listInbox } from '@/lib/complaints/inbox';
import { addInternalNote } from '@/lib/complaints/note';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { getComplaintView } from '@/lib/complaints/queries';
import { redactFragment, type RedactInput } from '@/lib/moderation/redact';
import { setComplaintPriority } from '@/lib/complaints/set-priority';
import { Conflict, Forbidden, Invalid } from '@/lib/errors';
import { actorOf, createUser } from './factories';
import {
  complaintScene,
  complaintRow,
  decide,
  eventsOf,
  expectRefused,
  fileOne,
  freshComplaint,
  key,
  type Lists,
  member,
  minutesFrom,
  say,
  setComplaint,
  settings,
  snapshot,
  staffer,
} from './complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = (extra: Parameters<typeof fileOne>[2] = {}) => freshComplaint(lists, extra);

const assign = (actor: Actor, input: AssignInput) => assignComplaint({ actor, input });
const redact = (actor: Actor, input: RedactInput) => redactFragment({ actor, input });

describe('internal notes', () => {
  it('are shown to staff only, never to the author, other members or visitors', async () => {
    const { id, number, author } = await fresh();
    await addInternalNote({ actor: laura, input: { complaintId: id, body: 'Ojo: este socio ya reclamó lo mismo en marzo.', idempotencyKey: key() } });
    const note = (await eventsOf(id)).at(-1)!;
    expect(note).toMatchObject({ kind: 'note', visibility: 'internal', actorId: laura.id });
    await settings({ boardPublic: true });
    try {
      for (const viewer of [author, await member('Bea'), null]) {
        const view = await getComplaintView(viewer, number, true);
        expect(view!.timeline.map((e) => e.kind)).toEqual(['created']);
        expect(JSON.stringify(view)).not.toContain('marzo');
        expect(view!.staff).toBeNull();
      }
    } finally {
      await settings({ boardPublic: false });
    }
    const staffView = await getComplaintView(await staffer('Marta', 'Directora', 'manager'), number, false);
    expect(staffView!.timeline.map((e) => e.kind)).toEqual(['created', 'note']);
    expect(staffView!.timeline[1]!.bodyHtml).toContain('marzo');
  });

  it('are refused to members, even the author', async () => {
    const { id, author } = await fresh();
    await expectRefused(id, () => addInternalNote({ actor: author, input: { complaintId: id, body: 'Nota', idempotencyKey: key() } }), Forbidden);
  });
});

describe('assignment', () => {
  it('takes only active staff and live teams, and changes nothing otherwise', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    const gone = actorOf(await createUser('staff', { status: 'banned' }));
    const [oldTeam] = await getDb().insert(staffTeams).values({ name: 'Antiguo', archived: true }).returning();
    for (const assigneeId of [bea.id, author.id, gone.id, '00000000-0000-4000-8000-000000000000']) {
      const err = await expectRefused(id, () => assign(laura, { complaintId: id, assigneeId }), Invalid);
      expect(err.fieldErrors).toEqual({ assigneeId: ['complaints.errors.assignee'] });
    }
    const err = await expectRefused(id, () => assign(laura, { complaintId: id, teamId: oldTeam!.id }), Invalid);
    expect(err.fieldErrors).toEqual({ teamId: ['complaints.errors.team'] });
    await expectRefused(id, () => assign(bea, { complaintId: id, assigneeId: laura.id }), Forbidden);
  });

  it('assigns, shows it to staff, and writes nothing when nothing changes', async () => {
    const { id, number } = await fresh();
    const paco = await staffer('Paco', 'Mantenimiento');
    const [team] = await getDb().insert(staffTeams).values({ name: 'Mantenimiento' }).returning();
    await assign(laura, { complaintId: id, assigneeId: paco.id, teamId: team!.id });
    const before = await snapshot(id);
    await assign(laura, { complaintId: id, assigneeId: paco.id, teamId: team!.id });
    expect(await snapshot(id)).toEqual(before);
    expect((await getComplaintView(laura, number, false))!.staff).toMatchObject({ assigneeId: paco.id, assigneeName: 'Paco', teamId: team!.id, teamName: 'Mantenimiento' });
    await assign(laura, { complaintId: id, assigneeId: '', teamId: null });
    expect(await complaintRow(id)).toMatchObject({ assigneeId: null, assigneeTeamId: null });
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audits.map((a) => a.action)).toEqual(['complaint.assigned', 'complaint.assigned']);
  });
});

describe('priority', () => {
  it("re-reads the whole SLA clock from the new priority's policy", async () => {
    // The manager's own numbers, not the defaults.
    await getDb().update(slaPolicies).set({ firstResponseMinutes: 30, updateMinutes: 120, resolutionMinutes: 600 }).where(eq(slaPolicies.priority, 'urgent'));
    const { id, number, author } = await fresh();
    await setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'urgent' } });
    let row = await complaintRow(id);
    expect(row.priority).toBe('urgent');
    expect(row.nextDueAt).toEqual(minutesFrom(row.createdAt, 30));
    expect(row.resolutionDueAt).toEqual(minutesFrom(row.createdAt, 600));
    expect((await eventsOf(id)).at(-1)).toMatchObject({ kind: 'priority_changed', visibility: 'internal', data: { from: 'normal', to: 'urgent' } });

    // Once answered, the next due time counts from the last word, at the new priority's interval.
    await say(laura, id, 'official_reply');
    await setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'low' } });
    row = await complaintRow(id);
    expect(row.nextDueAt).toEqual(minutesFrom(row.lastStaffUpdateAt!, 10080));
    expect(row.resolutionDueAt).toEqual(minutesFrom(row.createdAt, 43200));

    const events = (await eventsOf(id)).length;
    await setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'low' } });
    expect((await eventsOf(id)).length).toBe(events);
    await expectRefused(id, () => setComplaintPriority({ actor: author, input: { complaintId: id, priority: 'urgent' } }), Forbidden);
    await expectRefused(id, () => setComplaintPriority({ actor: laura, input: { complaintId: id, priority: 'critical' as never } }), Invalid);
    expect((await getComplaintView(laura, number, false))!.staff!.priority).toBe('low');
    expect((await getComplaintView(author, number, false))!.timeline.map((e) => e.kind)).not.toContain('priority_changed');
  });
});

describe('redaction', () => {
  const secret = 'Pepe el de la taquilla';

  it('takes a fragment out of the complaint and out of a comment, stores it nowhere, and leaves an audit row', async () => {
    const { id, number } = await fresh({ title: `La culpa es de ${secret}`, body: `Ya se lo dije a ${secret} tres veces y nada cambia en el vestuario.` });
    const bea = await member('Bea');
    await commentOnComplaint({ actor: bea, input: { complaintId: id, body: `${secret} me trató fatal también.`, idempotencyKey: key() } });
    const commentEvent = (await eventsOf(id)).at(-1)!;

    await redact(laura, { complaintId: id, fragment: secret, reason: 'Nombre de un empleado' });
    let row = await complaintRow(id);
    expect(row.title).toBe('La culpa es de […]');
    expect(row.bodyMd).toBe('Ya se lo dije a […] tres veces y nada cambia en el vestuario.');
    expect(row.bodyHtml).not.toContain('Pepe');
    await redact(laura, { complaintId: id, eventId: String(commentEvent.id), fragment: secret, reason: 'Nombre de un empleado' });
    const [comment] = await getDb().select().from(complaintEvents).where(eq(complaintEvents.id, commentEvent.id));
    expect(comment).toMatchObject({ bodyMd: '[…] me trató fatal también.' });
    expect(comment!.bodyHtml).not.toContain('Pepe');

    const redactions = (await eventsOf(id)).filter((e) => e.kind === 'redacted');
    expect(redactions.map((e) => [e.visibility, e.actorId, e.data])).toEqual([
      ['public', laura.id, { target: 'complaint', reason: 'Nombre de un empleado', places: 2 }],
      ['public', laura.id, { target: commentEvent.id, reason: 'Nombre de un empleado', places: 1 }],
    ]);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audits.map((a) => a.action)).toEqual(['complaint.redacted', 'complaint.redacted']);
    expect(JSON.stringify(audits)).not.toContain('Pepe');
    expect(JSON.stringify(await eventsOf(id))).not.toContain('Pepe');
    expect(JSON.stringify(await getComplaintView(laura, number, false))).not.toContain('Pepe');
    row = await complaintRow(id);
    // Search forgets it too (the vector is generated from the public text).
    expect(row.searchVector).not.toContain('taquill');
    expect(row.searchVector).toContain('vestuari');
  });

  it('refuses a fragment that is not there, a private entry, and members', async () => {
    const { id, author } = await fresh({ body: 'Mi socio de pádel, Jaime Ruiz, vio cómo pasaba todo en la pista.' });
    const err = await expectRefused(id, () => redact(laura, { complaintId: id, fragment: 'Nadie Nunca', reason: 'Datos' }), Invalid);
    expect(err.fieldErrors).toEqual({ fragment: ['complaints.errors.fragmentNotFound'] });
    await sendPrivateMessage({ actor: author, input: { complaintId: id, body: 'Jaime Ruiz es mi cuñado.', idempotencyKey: key() } });
    const privateEvent = (await eventsOf(id)).find((e) => e.kind === 'private_message')!;
    await expectRefused(id, () => redact(laura, { complaintId: id, eventId: privateEvent.id, fragment: 'Jaime Ruiz', reason: 'Datos' }), Invalid);
    await expectRefused(id, () => redact(author, { complaintId: id, fragment: 'Jaime Ruiz', reason: 'Datos' }), Forbidden);
    await expectRefused(id, () => redact(laura, { complaintId: id, fragment: 'Ja', reason: 'Datos' }), Invalid);
  });
});

describe('bulk actions', () => {
  it('applies one action to every selected complaint', async () => {
    const a = await fresh();
    const b = await fresh();
    const c = await fresh();
    const ids = [a.id, b.id, c.id];
    const paco = await staffer('Paco', 'Mantenimiento');
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'assign', complaintIds: ids, assigneeId: paco.id } })).toEqual({ changed: 3 });
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'priority', complaintIds: ids, priority: 'high' } })).toEqual({ changed: 3 });
    await say(laura, a.id, 'progress_update', 'Ya en ello.');
    // One already in progress is what was asked for: not an error.
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'start_progress', complaintIds: ids } })).toEqual({ changed: 2 });
    expect(await bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: ids, reason: 'no_response' } })).toEqual({ changed: 3 });
    for (const id of ids) {
      expect(await complaintRow(id)).toMatchObject({ assigneeId: paco.id, priority: 'high', status: 'closed', closeReason: 'no_response' });
    }
    expect((await eventsOf(b.id)).filter((e) => e.toStatus).map((e) => e.toStatus)).toEqual(['open', 'in_progress', 'closed']);
  });

  it('changes none of them when one cannot take the action', async () => {
    const a = await fresh();
    const b = await fresh();
    const closed = await fresh();
    await decide(closed.author, closed.id, 'withdraw');
    const proposed = await fresh();
    await say(laura, proposed.id, 'propose_solution', 'Solucionado.');
    await expectRefused([a.id, b.id, closed.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: [a.id, b.id, closed.id], reason: 'not_actionable' } }), Conflict);
    await expectRefused([a.id, b.id, proposed.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'start_progress', complaintIds: [a.id, proposed.id, b.id] } }), Conflict);
    // A complaint of her own: she may not answer for the company on it.
    const own = await fileOne(laura, lists);
    await expectRefused([a.id, b.id, own.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: [a.id, own.id, b.id], reason: 'no_response' } }), Forbidden);
    await expectRefused([a.id, b.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'assign', complaintIds: [a.id, b.id], assigneeId: a.author.id } }), Invalid);
    await expectRefused([a.id, b.id], () => bulkUpdateComplaints({ actor: a.author, input: { action: 'priority', complaintIds: [a.id, b.id], priority: 'low' } }), Forbidden);
    await expectRefused([a.id], () => bulkUpdateComplaints({ actor: laura, input: { action: 'close', complaintIds: [], reason: 'no_response' } }), Invalid);
  });
});

describe('the staff inbox', () => {
  it('lists live complaints by the most urgent clock, with filters, for staff only', async () => {
    const now = new Date();
    const late = await fresh();
    const soon = await fresh();
    const later = await fresh();
    const done = await fresh();
    await setComplaint(late.id, { nextDueAt: minutesFrom(now, -60) });
    await setComplaint(soon.id, { nextDueAt: minutesFrom(now, 30) });
    await setComplaint(later.id, { nextDueAt: minutesFrom(now, 3000) });
    await decide(done.author, done.id, 'withdraw');
    const paco = await staffer('Paco', 'Mantenimiento');
    await assign(laura, { complaintId: soon.id, assigneeId: paco.id });

    const ours = [late.id, soon.id, later.id, done.id];
    const list = async (actor: Actor, raw: Record<string, string> = {}) =>
      (await listInbox(actor, inboxFilters.parse(raw), now)).rows.map((r) => r.id).filter((id) => ours.includes(id));
    expect(await list(laura)).toEqual([late.id, soon.id, later.id]);
    expect(await list(laura, { breached: '1' })).toEqual([late.id]);
    expect(await list(paco, { assigned: 'mine' })).toEqual([soon.id]);
    expect(await list(laura, { assigned: 'unassigned' })).toEqual([late.id, later.id]);
    await expect(listInbox(late.author, inboxFilters.parse({}), now)).rejects.toBeInstanceOf(Forbidden);
    // Everything in the inbox is live.
    const all = await getDb().select({ id: complaints.id, status: complaints.status }).from(complaints);
    const listed = new Set((await listInbox(laura, inboxFilters.parse({}), now)).rows.map((r) => r.id));
    for (const c of all) if (listed.has(c.id)) expect(['resolved', 'closed']).not.toContain(c.status);
  });
});
