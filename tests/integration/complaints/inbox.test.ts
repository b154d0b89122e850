import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { complaintEvents, complaints, incidents, staffTeamMembers, staffTeams } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { assignComplaint } from '@/lib/complaints/assign';
import { assignees, INBOX_PAGE, inboxFilters, listInbox } from '@/lib/complaints/inbox';
import { runInboxAction } from '@/lib/complaints/inbox-action';
import { addComplaintsByNumber } from '@/lib/complaints/incidents/add-by-number';
import { postIncidentUpdate } from '@/lib/complaints/incidents/post-update';
import { getIncident, listIncidents } from '@/lib/complaints/incidents/queries';
import { respondToComplaint } from '@/lib/complaints/respond';
import { setComplaintPriority } from '@/lib/complaints/set-priority';
import { Conflict, Forbidden, Invalid } from '@/lib/errors';
import { complaintLists, fileOne, key } from '../complaint-fixtures';
import { actorOf, createUser } from '../factories';

type Lists = Awaited<ReturnType<typeof complaintLists>>;

let laura: Actor;
let jorge: Actor;
let ana: Actor;

beforeAll(async () => {
  laura = actorOf(await createUser('staff', { displayName: 'Laura', staffTitle: 'Atención al socio' }));
  jorge = actorOf(await createUser('staff', { displayName: 'Jorge' }));
  ana = actorOf(await createUser('member', { displayName: 'Ana' }));
});

/** Each complaint from its own member: filing is rate-limited per account. */
async function file(lists: Lists, title = 'Las duchas del vestuario no calientan') {
  const author = actorOf(await createUser('member'));
  return fileOne(author, lists, { title });
}

/** The inbox as its page reads it: from URL parameters, through the same schema. */
async function inbox(actor: Actor, params: Record<string, string>, now?: Date) {
  return listInbox(actor, inboxFilters.parse(params), now);
}

const numbers = (rows: { number: number }[]) => rows.map((r) => r.number);

async function statusOf(id: string) {
  const [row] = await getDb().select({ status: complaints.status }).from(complaints).where(eq(complaints.id, id));
  return row!.status;
}

describe('staff inbox', () => {
  it('shows unassigned complaints, and "mine" as what is assigned to me or to one of my teams', async () => {
    const lists = await complaintLists();
    const [team] = await getDb().insert(staffTeams).values({ name: `Recepción ${key().slice(0, 6)}` }).returning();
    await getDb().insert(staffTeamMembers).values({ teamId: team!.id, userId: laura.id });
    const toLaura = await file(lists);
    const toTeam = await file(lists);
    const toNobody = await file(lists);
    const toJorge = await file(lists);
    await assignComplaint({ actor: jorge, input: { complaintId: toLaura.id, assigneeId: laura.id } });
    await assignComplaint({ actor: jorge, input: { complaintId: toTeam.id, teamId: team!.id } });
    await assignComplaint({ actor: laura, input: { complaintId: toJorge.id, assigneeId: jorge.id } });

    const category = lists.categoryId;
    expect(numbers((await inbox(laura, { category, assigned: 'mine' })).rows).sort()).toEqual([toLaura.number, toTeam.number].sort());
    expect(numbers((await inbox(jorge, { category, assigned: 'mine' })).rows)).toEqual([toJorge.number]);
    expect(numbers((await inbox(laura, { category, assigned: 'unassigned' })).rows)).toEqual([toNobody.number]);
    expect((await inbox(laura, { category })).rows).toHaveLength(4);
    const row = (await inbox(laura, { category, assigned: 'mine' })).rows.find((r) => r.number === toTeam.number);
    expect(row).toMatchObject({ teamName: team!.name, assigneeName: null });

    // Leaving the team takes its complaints out of "mine".
    await getDb().delete(staffTeamMembers).where(eq(staffTeamMembers.userId, laura.id));
    expect(numbers((await inbox(laura, { category, assigned: 'mine' })).rows)).toEqual([toLaura.number]);
  });

  it('orders by the next answer due, with nothing due last, and filters by priority, status, category, branch and breach', async () => {
    const lists = await complaintLists();
    const normal = await file(lists);
    const urgent = await file(lists);
    const high = await file(lists);
    const waitingForAuthor = await file(lists);
    const low = await file(lists);
    await setComplaintPriority({ actor: laura, input: { complaintId: urgent.id, priority: 'urgent' } });
    await setComplaintPriority({ actor: laura, input: { complaintId: high.id, priority: 'high' } });
    await setComplaintPriority({ actor: laura, input: { complaintId: low.id, priority: 'low' } });
    await respondToComplaint({ actor: laura, input: { complaintId: waitingForAuthor.id, statement: 'propose_solution', body: 'Hemos cambiado la caldera.', idempotencyKey: key() } });

    const category = lists.categoryId;
    const all = await inbox(laura, { category });
    expect(numbers(all.rows)).toEqual([urgent.number, high.number, normal.number, low.number, waitingForAuthor.number]);
    expect(all.rows.at(-1)).toMatchObject({ status: 'solution_proposed', nextDueAt: null });
    expect(all.nextCursor).toBeNull();

    expect(numbers((await inbox(laura, { category, priority: 'high' })).rows)).toEqual([high.number]);
    expect(numbers((await inbox(laura, { category, status: 'solution_proposed' })).rows)).toEqual([waitingForAuthor.number]);
    // An urgent complaint's first answer is due in an hour, a high one's in four.
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000);
    const inFiveHours = new Date(Date.now() + 5 * 3_600_000);
    expect(numbers((await inbox(laura, { category, breached: '1' }, inTwoHours)).rows)).toEqual([urgent.number]);
    expect(numbers((await inbox(laura, { category, breached: '1' }, inFiveHours)).rows)).toEqual([urgent.number, high.number]);
    expect((await inbox(laura, { category, breached: '1' })).rows).toEqual([]);

    const elsewhere = await complaintLists();
    const there = await file({ categoryId: lists.categoryId, branchId: elsewhere.branchId });
    expect(numbers((await inbox(laura, { branch: elsewhere.branchId })).rows)).toEqual([there.number]);
    expect(numbers((await inbox(laura, { category, branch: lists.branchId })).rows)).not.toContain(there.number);
    expect((await inbox(laura, { category: elsewhere.categoryId })).rows).toEqual([]);
  });

  it('leaves finished complaints out, and reads a tampered address as no filter', async () => {
    const lists = await complaintLists();
    const open = await file(lists);
    const closed = await file(lists);
    await runInboxAction({ actor: laura, input: { complaintIds: [closed.id], fields: { action: 'close', reason: 'not_actionable' } } });
    const page = await inbox(laura, { category: lists.categoryId, priority: 'extreme', assigned: 'everyone', after: 'not-a-cursor' });
    expect(numbers(page.rows)).toEqual([open.number]);
  });

  it('pages by keyset without repeating or skipping, across the complaints with nothing due', async () => {
    const lists = await complaintLists();
    const filed = [];
    for (let i = 0; i < INBOX_PAGE + 5; i++) filed.push(await file(lists, `Queja número ${i} sobre las duchas`));
    // Seven waiting for their authors: the first page ends among them, so the cursor is "nothing due".
    for (const c of filed.slice(0, 7)) {
      await respondToComplaint({ actor: laura, input: { complaintId: c.id, statement: 'propose_solution', body: 'Arreglado.', idempotencyKey: key() } });
    }
    const category = lists.categoryId;
    const first = await inbox(laura, { category });
    expect(first.rows).toHaveLength(INBOX_PAGE);
    expect(first.rows.at(-1)!.nextDueAt).toBeNull();
    const second = await inbox(laura, { category, after: first.nextCursor! });
    expect(second.rows).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const seen = numbers([...first.rows, ...second.rows]);
    expect(new Set(seen).size).toBe(filed.length);
    expect(seen.slice(0, filed.length - 7)).toEqual(numbers(filed.slice(7)));
    expect(second.rows.every((r) => r.nextDueAt === null)).toBe(true);
  });

  it('refuses members, and lists active staff and teams to assign to', async () => {
    await expect(inbox(ana, {})).rejects.toBeInstanceOf(Forbidden);
    await expect(assignees(ana)).rejects.toBeInstanceOf(Forbidden);
    await expect(runInboxAction({ actor: ana, input: { complaintIds: [], fields: { action: 'start_progress' } } })).rejects.toBeInstanceOf(Forbidden);
    const gone = await createUser('staff', { displayName: 'Antiguo', status: 'suspended' });
    const { people } = await assignees(laura);
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Laura', 'Jorge']));
    expect(people.map((p) => p.id)).not.toContain(gone.id);
    expect(people.map((p) => p.id)).not.toContain(ana.id);
  });
});

describe('inbox actions', () => {
  it('changes all the selected complaints and says how many', async () => {
    const lists = await complaintLists();
    const a = await file(lists);
    const b = await file(lists);
    const moved = await runInboxAction({ actor: laura, input: { complaintIds: [a.id, b.id], fields: { action: 'start_progress' } } });
    expect(moved).toEqual({ action: 'start_progress', changed: 2 });
    expect([await statusOf(a.id), await statusOf(b.id)]).toEqual(['in_progress', 'in_progress']);
    // Already in progress is what was asked: nothing to change, no error.
    expect(await runInboxAction({ actor: laura, input: { complaintIds: [a.id], fields: { action: 'start_progress' } } })).toEqual({ action: 'start_progress', changed: 0 });

    expect(await runInboxAction({ actor: laura, input: { complaintIds: [a.id, b.id], fields: { action: 'assign', assignTo: `person:${jorge.id}` } } })).toEqual({ action: 'assign', changed: 2 });
    expect(numbers((await inbox(jorge, { category: lists.categoryId, assigned: 'mine' })).rows).sort()).toEqual([a.number, b.number].sort());
    await runInboxAction({ actor: laura, input: { complaintIds: [a.id], fields: { action: 'assign', assignTo: 'nobody' } } });
    expect(numbers((await inbox(jorge, { category: lists.categoryId, assigned: 'unassigned' })).rows)).toEqual([a.number]);

    await runInboxAction({ actor: laura, input: { complaintIds: [a.id, b.id], fields: { action: 'priority', priority: 'urgent' } } });
    expect((await inbox(laura, { category: lists.categoryId, priority: 'urgent' })).rows).toHaveLength(2);
  });

  it('changes nothing when one of the selected complaints cannot take the action', async () => {
    const lists = await complaintLists();
    const open = await file(lists);
    const proposed = await file(lists);
    await respondToComplaint({ actor: laura, input: { complaintId: proposed.id, statement: 'propose_solution', body: 'Cambiamos la caldera.', idempotencyKey: key() } });
    const events = async () => (await getDb().select().from(complaintEvents).where(inArray(complaintEvents.complaintId, [open.id, proposed.id]))).length;
    const before = await events();
    const refused = runInboxAction({ actor: laura, input: { complaintIds: [open.id, proposed.id], fields: { action: 'start_progress' } } });
    await expect(refused).rejects.toBeInstanceOf(Conflict);
    await expect(refused).rejects.toThrow('inbox.errors.notAllowed');
    expect(await statusOf(open.id)).toBe('open');
    expect(await events()).toBe(before);

    // Staff who filed a complaint themselves do not answer it for the company.
    const own = await fileOne(jorge, lists);
    const ownRefused = runInboxAction({ actor: jorge, input: { complaintIds: [open.id, own.id], fields: { action: 'close', reason: 'no_response' } } });
    await expect(ownRefused).rejects.toBeInstanceOf(Forbidden);
    await expect(ownRefused).rejects.toThrow('inbox.errors.forbiddenOne');
    expect(await statusOf(open.id)).toBe('open');
  });

  it('says which field is wrong, and touches nothing', async () => {
    const lists = await complaintLists();
    const c = await file(lists);
    const fieldsOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as Invalid).fieldErrors;
    expect(await fieldsOf(runInboxAction({ actor: laura, input: { complaintIds: [c.id], fields: { action: 'assign', assignTo: '' } } }))).toEqual({ assignTo: ['inbox.errors.assignTo'] });
    expect(await fieldsOf(runInboxAction({ actor: laura, input: { complaintIds: [c.id], fields: { action: 'assign', assignTo: 'person:nope' } } }))).toEqual({ assignTo: ['inbox.errors.assignTo'] });
    expect(await fieldsOf(runInboxAction({ actor: laura, input: { complaintIds: [c.id], fields: { action: 'dance' } } }))).toEqual({ action: ['inbox.errors.action'] });
    expect(await fieldsOf(runInboxAction({ actor: laura, input: { complaintIds: [], fields: { action: 'start_progress' } } }))).toEqual({ complaintIds: ['complaints.errors.noneSelected'] });
    expect(await fieldsOf(runInboxAction({ actor: laura, input: { complaintIds: [c.id], fields: { action: 'close', reason: 'withdrawn' } } }))).toHaveProperty('reason');
    expect(await fieldsOf(runInboxAction({ actor: laura, input: { complaintIds: [c.id], fields: { action: 'incident', title: 'Ok', type: 'weather', level: '7' } } }))).toEqual({
      title: ['complaints.errors.incidentTitle'],
      type: ['complaints.errors.incidentType'],
      level: ['complaints.errors.incidentLevel'],
    });
    expect(await statusOf(c.id)).toBe('open');
    expect(await getDb().select().from(incidents).where(eq(incidents.title, 'Ok'))).toEqual([]);
  });
});

describe('incidents', () => {
  it('groups selected complaints, lists open incidents before resolved ones, and shows their complaints', async () => {
    const lists = await complaintLists();
    const a = await file(lists, 'Sin agua caliente en las duchas');
    const b = await file(lists, 'El agua de las duchas sale fría');
    const created = await runInboxAction({ actor: laura, input: { complaintIds: [a.id, b.id], fields: { action: 'incident', title: 'Avería de la caldera', type: 'technical', level: '2' } } });
    if (created.action !== 'incident') throw new Error('expected an incident');
    const other = await runInboxAction({ actor: jorge, input: { complaintIds: [a.id], fields: { action: 'incident', title: 'Otra incidencia', type: 'commercial', level: '1' } } });
    if (other.action !== 'incident') throw new Error('expected an incident');

    const detail = await getIncident(laura, created.incidentId);
    expect(detail).toMatchObject({ title: 'Avería de la caldera', type: 'technical', level: 2, createdByName: 'Laura', resolvedAt: null, complaintCount: 1, liveCount: 1 });
    // Linking moved complaint a to the second incident.
    expect(detail!.complaints).toEqual([{ id: b.id, number: b.number, title: 'El agua de las duchas sale fría', status: 'open' }]);
    expect((await inbox(laura, { category: lists.categoryId })).rows.find((r) => r.id === b.id)?.incidentId).toBe(created.incidentId);

    await postIncidentUpdate({ actor: laura, input: { incidentId: created.incidentId, body: 'Caldera reparada esta mañana.', resolves: true, idempotencyKey: key() } });
    const list = await listIncidents(laura);
    const ids = list.map((i) => i.id);
    expect(ids.indexOf(other.incidentId)).toBeLessThan(ids.indexOf(created.incidentId));
    expect(list.find((i) => i.id === created.incidentId)).toMatchObject({ complaintCount: 1, liveCount: 1 });
    expect(list.find((i) => i.id === created.incidentId)!.resolvedAt).toBeInstanceOf(Date);
    expect((await getIncident(laura, created.incidentId))!.complaints[0]!.status).toBe('solution_proposed');
  });

  it('adds complaints by number, refusing the whole list when a number is no complaint', async () => {
    const lists = await complaintLists();
    const a = await file(lists);
    const b = await file(lists);
    const created = await runInboxAction({ actor: laura, input: { complaintIds: [a.id], fields: { action: 'incident', title: 'Cortes de luz en la sede', type: 'technical', level: '3' } } });
    if (created.action !== 'incident') throw new Error('expected an incident');
    const incidentId = created.incidentId;

    const unknown = await addComplaintsByNumber({ actor: laura, input: { incidentId, numbers: `${b.number}, 999999` } }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(Invalid);
    expect(unknown).toMatchObject({ fieldErrors: { numbers: ['inbox.errors.unknownNumbers'] }, details: { missing: [999999] } });
    const garbled = await addComplaintsByNumber({ actor: laura, input: { incidentId, numbers: `${b.number}, doce` } }).catch((e: unknown) => e);
    expect(garbled).toMatchObject({ fieldErrors: { numbers: ['inbox.errors.numbers'] } });
    const empty = await addComplaintsByNumber({ actor: laura, input: { incidentId, numbers: ' , ' } }).catch((e: unknown) => e);
    expect(empty).toMatchObject({ fieldErrors: { numbers: ['inbox.errors.numbersEmpty'] } });
    expect((await getIncident(laura, incidentId))!.complaintCount).toBe(1);

    expect(await addComplaintsByNumber({ actor: laura, input: { incidentId, numbers: `#${b.number}, ${a.number} ${b.number}` } })).toEqual({ linked: 1, asked: 2 });
    expect(numbers((await getIncident(laura, incidentId))!.complaints)).toEqual([a.number, b.number].sort((x, y) => x - y));
  });

  it('shows nothing for an unknown incident and refuses members', async () => {
    expect(await getIncident(laura, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getIncident(laura, 'not-a-uuid')).toBeNull();
    await expect(listIncidents(ana)).rejects.toBeInstanceOf(Forbidden);
    await expect(getIncident(ana, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(Forbidden);
    await expect(addComplaintsByNumber({ actor: ana, input: { incidentId: '00000000-0000-4000-8000-000000000000', numbers: '1' } })).rejects.toBeInstanceOf(Forbidden);
  });
});
