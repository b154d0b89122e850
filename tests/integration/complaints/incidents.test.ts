import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { incidents } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { addComplaintsToIncident } from '@/lib/complaints/incidents/add-complaints';
import { createIncident } from '@/lib/complaints/incidents/create';
import { postIncidentUpdate, type IncidentUpdateInput } from '@/lib/complaints/incidents/post-update';
import { setMeToo } from '@/lib/complaints/me-too';
import { getComplaintView } from '@/lib/complaints/queries';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import {
  complaintScene,
  complaintRow,
  decide,
  eventsOf,
  expectRefused,
  freshComplaint,
  key,
  type Lists,
  member,
  noticeKinds,
  noticesFor,
  say,
} from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

const incidentCount = async () => (await getDb().select().from(incidents)).length;
const update = (input: Omit<IncidentUpdateInput, 'idempotencyKey'> & { idempotencyKey?: string }) => postIncidentUpdate({ actor: laura, input: { idempotencyKey: key(), ...input } });

/** Four complaints with one cause: open, acknowledged, waiting for their authors, and one already withdrawn. */
async function outage() {
  const open = await fresh();
  const acknowledged = await fresh();
  await say(laura, acknowledged.id, 'official_reply');
  const proposed = await fresh();
  await say(laura, proposed.id, 'propose_solution', 'Reiniciamos el torno.');
  const withdrawn = await fresh();
  await decide(withdrawn.author, withdrawn.id, 'withdraw');
  const { id } = await createIncident({
    actor: laura,
    input: { title: 'Tornos de acceso caídos', type: 'technical', level: '2' as never, complaintIds: [open.id, acknowledged.id, proposed.id, withdrawn.id] },
  });
  return { incidentId: id, open, acknowledged, proposed, withdrawn, live: [open, acknowledged, proposed] };
}

describe('incidents', () => {
  it('links the live complaints with a public entry each, and leaves finished ones alone', async () => {
    const { incidentId, live, withdrawn } = await outage();
    const [incident] = await getDb().select().from(incidents).where(eq(incidents.id, incidentId));
    expect(incident).toMatchObject({ title: 'Tornos de acceso caídos', type: 'technical', level: 2, createdBy: laura.id, resolvedAt: null });
    for (const c of live) {
      expect((await complaintRow(c.id)).incidentId).toBe(incidentId);
      const linked = (await eventsOf(c.id)).filter((e) => e.kind === 'incident_linked');
      expect(linked.map((e) => [e.visibility, e.actorId, e.data, e.toStatus])).toEqual([['public', laura.id, { incidentId, title: 'Tornos de acceso caídos' }, null]]);
      expect((await getComplaintView(c.author, c.number, false))!.incident).toEqual({ id: incidentId, title: 'Tornos de acceso caídos', type: 'technical', level: 2 });
    }
    expect((await complaintRow(withdrawn.id)).incidentId).toBeNull();
    expect((await eventsOf(withdrawn.id)).map((e) => e.kind)).not.toContain('incident_linked');

    // Adding more: new ones get their entry, ones already in it get nothing twice.
    const late = await fresh();
    expect(await addComplaintsToIncident({ actor: laura, input: { incidentId, complaintIds: [late.id, live[0]!.id] } })).toEqual({ linked: 1 });
    expect((await eventsOf(late.id)).at(-1)).toMatchObject({ kind: 'incident_linked' });
    expect((await eventsOf(live[0]!.id)).filter((e) => e.kind === 'incident_linked')).toHaveLength(1);
  });

  it('is refused to members, and to bad input, writing nothing', async () => {
    const c = await fresh();
    const before = await incidentCount();
    await expectRefused(c.id, () => createIncident({ actor: c.author, input: { title: 'Mi incidente', type: 'technical', level: 1, complaintIds: [c.id] } }), Forbidden);
    await expectRefused(c.id, () => createIncident({ actor: laura, input: { title: 'Tornos', type: 'weather' as never, level: 5, complaintIds: [c.id] } }), Invalid);
    await expectRefused(c.id, () => createIncident({ actor: laura, input: { title: 'Tornos caídos', type: 'technical', level: 1, complaintIds: [c.id, '00000000-0000-4000-8000-000000000000'] } }), NotFound);
    expect(await incidentCount()).toBe(before);
  });

  it('posts one update to each live complaint, moving it where its lifecycle allows, and tells their followers', async () => {
    const { incidentId, open, acknowledged, proposed, withdrawn } = await outage();
    const bea = await member('Bea');
    await setMeToo({ actor: bea, input: { complaintId: open.id, on: true } });
    const idempotencyKey = key();
    expect(await update({ incidentId, body: 'El proveedor está cambiando la placa del torno.', idempotencyKey })).toEqual({ updated: 3 });
    // The same submit again changes nothing.
    expect(await update({ incidentId, body: 'El proveedor está cambiando la placa del torno.', idempotencyKey })).toEqual({ updated: 0 });

    const lastOf = async (id: string) => (await eventsOf(id)).filter((e) => e.kind === 'incident_update');
    expect((await lastOf(open.id)).map((e) => [e.fromStatus, e.toStatus, e.actorId, e.data])).toEqual([['open', 'in_progress', laura.id, { incidentId, title: 'Tornos de acceso caídos' }]]);
    expect((await lastOf(acknowledged.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([['acknowledged', 'in_progress']]);
    // Waiting for its author: told, not moved.
    expect((await lastOf(proposed.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, null]]);
    expect(await lastOf(withdrawn.id)).toEqual([]);
    expect((await complaintRow(open.id)).firstResponseAt).not.toBeNull();

    expect(await noticeKinds(open.id, open.author.id)).toEqual(['complaint_incident_update']);
    expect(await noticeKinds(open.id, bea.id)).toEqual(['complaint_incident_update']);
    expect(await noticeKinds(open.id, laura.id)).toEqual(['complaint_new']);
    expect(await noticeKinds(withdrawn.id, withdrawn.author.id)).toEqual([]);
  });

  it('proposes the solution on every live complaint when the update resolves the incident, asking each author to confirm', async () => {
    const { incidentId, open, acknowledged, proposed } = await outage();
    await say(laura, acknowledged.id, 'progress_update', 'Seguimos.');
    expect(await update({ incidentId, body: 'Tornos reparados: ya se puede entrar con normalidad.', resolves: 'on' })).toEqual({ updated: 3 });
    for (const c of [open, acknowledged]) {
      expect(await complaintRow(c.id)).toMatchObject({ status: 'solution_proposed' });
      const resolving = (await eventsOf(c.id)).at(-1)!;
      expect(resolving).toMatchObject({ kind: 'incident_update', toStatus: 'solution_proposed' });
      const told = (await noticesFor(c.id, c.author.id)).filter((n) => n.complaintEventId === resolving.id);
      expect(told.map((n) => n.kind)).toEqual(['complaint_solution']);
    }
    expect(await complaintRow(proposed.id)).toMatchObject({ status: 'solution_proposed' });
    const [incident] = await getDb().select().from(incidents).where(eq(incidents.id, incidentId));
    expect(incident!.resolvedAt).not.toBeNull();

    // Only the live ones are updated: a complaint that ended since is left out.
    await decide(open.author, open.id, 'accept_solution');
    expect(await update({ incidentId, body: 'Gracias por la paciencia.' })).toEqual({ updated: 2 });
    expect((await eventsOf(open.id)).at(-1)).toMatchObject({ kind: 'solution_accepted' });
  });

  it('refuses personal data in an update, and members', async () => {
    const { incidentId, open } = await outage();
    const err = await expectRefused(open.id, () => update({ incidentId, body: 'Llamad al técnico al +34 628 101 218.' }), Invalid);
    expect(err.details).toMatchObject({ privateCaseAvailable: false });
    await expectRefused(open.id, () => postIncidentUpdate({ actor: open.author, input: { incidentId, body: 'Hola', idempotencyKey: key() } }), Forbidden);
  });
});
