import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { apiIdempotency, apiTokens, auditLog, complaints, groupInvitations, groupMembers, invitations, sanctions, users } from '@/db/schema';
import { searchAudit } from '@/lib/audit/queries';
import { continuePrivately } from '@/lib/complaints/private-case';
import { createApiToken } from '@/lib/integrations/create';
import { listApiTokens } from '@/lib/integrations/queries';
import { revokeApiToken } from '@/lib/integrations/revoke';
import type { ApiScope } from '@/lib/integrations/scopes';
import { Forbidden, Invalid } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { consume, RULES } from '@/lib/security/rate-limit';
import { createThread } from '@/lib/threads/create-thread';
import { complaintScene, eventsOf, freshComplaint, type Lists, member, staffer } from '../complaint-fixtures';
import { createGroup } from '../community-fixtures';
import { api, checked, document } from './api-client';

let lists: Lists;
let laura: Actor;
let marta: Actor;

beforeAll(async () => {
  ({ lists, laura } = await complaintScene());
  marta = await staffer('Marta', 'Directora', 'manager');
});

const ALL: ApiScope[] = ['complaints:read', 'complaints:write', 'members:read', 'members:write', 'community:read', 'metrics:read'];

async function token(scopes: ApiScope[] = ALL, extra: { actsFor?: string; expiresInDays?: number; name?: string } = {}) {
  return createApiToken({ actor: marta, input: { name: extra.name ?? 'CRM Ribera', scopes, actsFor: extra.actsFor ?? laura.id, ...(extra.expiresInDays ? { expiresInDays: extra.expiresInDays } : {}) } });
}

describe('integration tokens', () => {
  it('are made by managers only, shown once and kept as a hash', async () => {
    await expect(createApiToken({ actor: laura, input: { name: 'Mío', scopes: ['complaints:read'] } })).rejects.toBeInstanceOf(Forbidden);
    const made = await token(['complaints:read', 'metrics:read']);
    expect(made.token).toMatch(/^trt_[A-Za-z0-9_-]{43}$/);
    const [row] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, made.id));
    expect(row!.tokenHash).not.toContain(made.token);
    expect(JSON.stringify(row)).not.toContain(made.token.slice(10));
    expect(row!.scopes).toEqual(['complaints:read', 'metrics:read']);
    expect(row!.actsFor).toBe(laura.id);
    const listed = (await listApiTokens(marta)).find((t) => t.id === made.id)!;
    expect(listed).toMatchObject({ name: 'CRM Ribera', actsForName: 'Laura', state: 'active', lastUsedAt: null, prefix: made.token.slice(0, 10) });
    expect(JSON.stringify(listed)).not.toContain(made.token);
    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'integration.create'), eq(auditLog.targetId, made.id)));
    expect(JSON.stringify(audit)).not.toContain(made.token);
  });

  it('refuses a form without scope, an unknown scope, or a member to act for, and writes nothing', async () => {
    const before = (await getDb().select().from(apiTokens)).length;
    const noScope = await createApiToken({ actor: marta, input: { name: 'CRM', scopes: '' } }).catch((e: unknown) => e);
    expect((noScope as Invalid).fieldErrors).toEqual({ scopes: ['integrations.errors.noScope'] });
    await expect(createApiToken({ actor: marta, input: { name: 'CRM', scopes: ['complaints:delete'] } })).rejects.toBeInstanceOf(Invalid);
    const ana = await member('Ana');
    const notStaff = await token(['complaints:read'], { actsFor: ana.id }).catch((e: unknown) => e);
    expect((notStaff as Invalid).fieldErrors).toEqual({ actsFor: ['integrations.errors.actsFor'] });
    expect((await getDb().select().from(apiTokens)).length).toBe(before);
  });

  it('are refused with 401 when missing, unknown, revoked or expired; last use is kept', async () => {
    const none = await api(null, 'GET', 'complaints');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await api('trt_not-a-real-token', 'GET', 'complaints')).status).toBe(401);

    const made = await token(['complaints:read']);
    expect((await api(made.token, 'GET', 'complaints')).status).toBe(200);
    expect((await listApiTokens(marta)).find((t) => t.id === made.id)!.lastUsedAt).toBeInstanceOf(Date);
    await revokeApiToken({ actor: marta, input: { tokenId: made.id } });
    const revoked = await api(made.token, 'GET', 'complaints');
    expect(revoked.status).toBe(401);
    expect(revoked.body).toMatchObject({ status: 401, code: 'unauthorized', detail: expect.stringContaining('revoked') });
    expect((await listApiTokens(marta)).find((t) => t.id === made.id)!.state).toBe('revoked');

    const soon = await token(['complaints:read'], { expiresInDays: 1 });
    expect((await api(soon.token, 'GET', 'complaints')).status).toBe(200);
    await getDb().update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, soon.id));
    expect((await api(soon.token, 'GET', 'complaints')).status).toBe(401);
    expect((await listApiTokens(marta)).find((t) => t.id === soon.id)!.state).toBe('expired');
  });

  it('answers 403 naming the scope a token lacks, in the caller’s language', async () => {
    const made = await token(['members:read']);
    const en = await api(made.token, 'GET', 'complaints');
    expect(en.status).toBe(403);
    expect(en.body.detail).toContain('complaints:read');
    const es = await api(made.token, 'GET', 'complaints', { headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    expect(es.body.detail).toMatch(/^A este token le falta el ámbito necesario: complaints:read/);
    const { id } = await freshComplaint(lists);
    expect(id).toBeTruthy();
    const write = await api(made.token, 'POST', 'members/invitations', { body: { email: 'nueva@example.org' } });
    expect(write.status).toBe(403);
    expect(write.body.detail).toContain('members:write');
  });

  it('are limited to 300 requests in 5 minutes, then 429 with Retry-After', async () => {
    const made = await token(['complaints:read']);
    expect(RULES.api).toEqual({ points: 300, durationSeconds: 300 });
    for (let i = 0; i < 299; i++) await consume('api', made.id);
    expect((await api(made.token, 'GET', 'complaints')).status).toBe(200);
    const refused = await api(made.token, 'GET', 'complaints');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another token is not held back.
    expect((await api((await token(['complaints:read'])).token, 'GET', 'complaints')).status).toBe(200);
  });
});

describe('complaints', () => {
  it('lists with the board’s filters and keyset cursors', async () => {
    const t = await token(['complaints:read']);
    const { categoryId } = lists;
    const filed = [];
    for (let i = 0; i < 22; i++) filed.push(await freshComplaint(lists));
    const first = await api(t.token, 'GET', `complaints?category=${categoryId}`);
    expect(first.status).toBe(200);
    expect(first.body.data).toHaveLength(20);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api(t.token, 'GET', `complaints?category=${categoryId}&after=${first.body.nextCursor}`);
    const seen = [...first.body.data, ...second.body.data].map((c: { id: string }) => c.id);
    expect(new Set(seen).size).toBe(seen.length);
    for (const f of filed) expect(seen).toContain(f.id);
    expect((await api(t.token, 'GET', 'complaints?status=closed')).body.data).toEqual([]);
    const bad = await api(t.token, 'GET', 'complaints?status=lost&colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.colour', 'query.status']);
  });

  it('reads one complaint with its public timeline; the private case and internal notes need the write scope', async () => {
    const { id, number, author } = await freshComplaint(lists);
    const writer = await token(['complaints:read', 'complaints:write']);
    const reader = await token(['complaints:read']);
    const noted = await api(writer.token, 'POST', `complaints/${number}/notes`, { body: { body: 'Llamar al proveedor de la caldera.' } });
    expect(noted.status).toBe(201);
    await getDb().transaction(async (tx) => {
      const [c] = await tx.select().from(complaints).where(eq(complaints.id, id));
      await continuePrivately(tx, c!, author.id, 'Mi DNI es 12345678Z, llamadme.', undefined, new Date());
    });
    const one = await api(reader.token, 'GET', `complaints/${number}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id, number, status: 'open', continuedPrivately: true });
    expect(one.body.timeline.every((e: { visibility: string }) => e.visibility === 'public')).toBe(true);
    expect(JSON.stringify(one.body)).not.toContain('12345678Z');
    expect(JSON.stringify(one.body)).not.toContain('caldera');

    const refused = await api(reader.token, 'GET', `complaints/${number}/private-case`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('12345678Z');
    expect((await api(reader.token, 'GET', `complaints/${number}/internal`)).status).toBe(403);
    const privateCase = await api(writer.token, 'GET', `complaints/${number}/private-case`);
    expect(privateCase.body.data.map((e: { kind: string }) => e.kind)).toEqual(['private_message']);
    const internal = await api(writer.token, 'GET', `complaints/${number}/internal`);
    expect(internal.body.data.map((e: { kind: string; bodyHtml: string }) => [e.kind, e.bodyHtml])).toEqual([['note', expect.stringContaining('caldera')]]);
    expect((await api(reader.token, 'GET', 'complaints/999999')).status).toBe(404);
    expect((await api(reader.token, 'GET', 'complaints/abc')).status).toBe(400);
  });

  it('answers officially through the same verb, signed by the staff member and audited as the integration on their behalf', async () => {
    const { id, number } = await freshComplaint(lists);
    const t = await token(['complaints:read', 'complaints:write'], { name: 'Helpdesk' });
    const reply = await api(t.token, 'POST', `complaints/${number}/responses`, { body: { statement: 'official_reply', body: 'Lo sentimos mucho, Ana. Hoy revisamos la caldera.' } });
    expect(reply.status).toBe(201);
    expect(reply.body.complaint).toMatchObject({ id, number, status: 'acknowledged' });
    const [event] = (await eventsOf(id)).filter((e) => e.kind === 'official_reply');
    expect(event!.actorId).toBe(laura.id);
    const view = await api(t.token, 'GET', `complaints/${number}`);
    expect(view.body.timeline.find((e: { kind: string }) => e.kind === 'official_reply').actor).toEqual({ name: 'Laura', title: 'Atención al socio', staff: true });
    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'complaint.official_reply')));
    expect(audit).toMatchObject({ actorId: laura.id, integrationId: t.id });
    const { entries } = await searchAudit(marta, {}, undefined, 'en');
    expect(entries.find((l) => l.sentence.before.includes('Helpdesk'))?.sentence.before).toBe('the integration “Helpdesk” on behalf of Laura answered ');
    const es = await searchAudit(marta, {}, undefined, 'es');
    expect(es.entries.find((l) => l.sentence.before.includes('Helpdesk'))?.sentence.before).toMatch(/^la integración «Helpdesk» en nombre de Laura /);
  });

  it('changes status, assignment and priority and adds notes; each write as the page does it', async () => {
    const { id, number } = await freshComplaint(lists);
    const t = await token(['complaints:read', 'complaints:write']);
    const jorge = await staffer('Jorge', 'Fútbol');
    expect((await api(t.token, 'POST', `complaints/${number}/status`, { body: { action: 'start_progress' } })).body.complaint.status).toBe('in_progress');
    const assigned = await api(t.token, 'POST', `complaints/${number}/assignment`, { body: { assigneeId: jorge.id } });
    expect(assigned.status).toBe(201);
    expect(assigned.body.events.map((e: { kind: string }) => e.kind)).toEqual(['assigned']);
    expect((await api(t.token, 'POST', `complaints/${number}/assignment`, { body: { assigneeId: jorge.id } })).body.events).toEqual([]);
    expect((await api(t.token, 'POST', `complaints/${number}/priority`, { body: { priority: 'urgent' } })).body.complaint.priority).toBe('urgent');
    const closed = await api(t.token, 'POST', `complaints/${number}/status`, { body: { action: 'close', reason: 'not_actionable' } });
    expect(closed.body.complaint.status).toBe('closed');
    // The lifecycle refuses what the page would refuse, and the refusal changes nothing.
    const again = await api(t.token, 'POST', `complaints/${number}/status`, { body: { action: 'start_progress' } });
    expect(again.status).toBe(409);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audits.every((a) => a.integrationId === t.id && a.actorId === laura.id)).toBe(true);
    expect(audits.map((a) => a.action).sort()).toEqual(['complaint.assigned', 'complaint.closed', 'complaint.priority_changed', 'complaint.status_changed']);
    // A token acting for a member is refused by the member's own policy.
    const bad = await api(t.token, 'POST', `complaints/${number}/assignment`, { body: { assigneeId: randomUUID() } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ field: 'assigneeId', code: 'complaints.errors.assignee', detail: expect.any(String) }]);
  });

  it('refuses an unknown field by name (400) and invalid input with the field (400), writing nothing', async () => {
    const { id, number } = await freshComplaint(lists);
    const t = await token(['complaints:write', 'complaints:read']);
    const before = (await eventsOf(id)).length;
    const unknown = await api(t.token, 'POST', `complaints/${number}/notes`, { body: { body: 'Nota válida', pinned: true } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ type: 'about:blank', status: 400, code: 'invalid_request' });
    expect(unknown.body.errors).toEqual([{ field: 'pinned', code: 'integrations.errors.unknownField', detail: 'This field is not part of the request.' }]);
    const empty = await api(t.token, 'POST', `complaints/${number}/responses`, { body: { statement: 'official_reply', body: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['body']);
    const notJson = await api(t.token, 'POST', `complaints/${number}/notes`, { rawBody: '{"body":' });
    expect(notJson.status).toBe(400);
    const withPii = await api(t.token, 'POST', `complaints/${number}/responses`, { body: { statement: 'official_reply', body: 'Le llamamos al 612 345 678 esta tarde.' } });
    expect(withPii.status).toBe(422);
    expect((await eventsOf(id)).length).toBe(before);
  });

  it('an Idempotency-Key makes ten concurrent POSTs one note, each answered with the first result', async () => {
    const { id, number } = await freshComplaint(lists);
    const t = await token(['complaints:write']);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => api(t.token, 'POST', `complaints/${number}/notes`, { body: { body: 'Una sola nota, aunque llegue diez veces.' }, headers: { 'idempotency-key': key } })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const notes = (await eventsOf(id)).filter((e) => e.kind === 'note');
    expect(notes).toHaveLength(1);
    for (const a of answers) expect(a.body).toEqual(answers[0]!.body);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    const retry = await api(t.token, 'POST', `complaints/${number}/notes`, { body: { body: 'Una sola nota, aunque llegue diez veces.' }, headers: { 'idempotency-key': key } });
    expect(retry.body).toEqual(answers[0]!.body);
    const reused = await api(t.token, 'POST', `complaints/${number}/notes`, { body: { body: 'Otra cosa' }, headers: { 'idempotency-key': key } });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    // A refusal is the answer too: retried under its key, it is not run again.
    const refusedKey = randomUUID();
    const refused = await api(t.token, 'POST', `complaints/${number}/status`, { body: { action: 'reopen' }, headers: { 'idempotency-key': refusedKey } });
    expect(refused.status).toBe(409);
    expect((await api(t.token, 'POST', `complaints/${number}/status`, { body: { action: 'reopen' }, headers: { 'idempotency-key': refusedKey } })).headers.get('idempotent-replayed')).toBe('true');
    expect((await getDb().select().from(apiIdempotency).where(eq(apiIdempotency.tokenId, t.id))).length).toBe(2);
    expect((await eventsOf(id)).filter((e) => e.kind === 'note')).toHaveLength(1);
    // After a day the key is forgotten; the note verb's own key (derived from it) still holds.
    await getDb().update(apiIdempotency).set({ createdAt: new Date(Date.now() - 25 * 3_600_000) }).where(eq(apiIdempotency.tokenId, t.id));
    const later = await api(t.token, 'POST', `complaints/${number}/notes`, { body: { body: 'Una sola nota, aunque llegue diez veces.' }, headers: { 'idempotency-key': key } });
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.events).toEqual([]);
    expect((await eventsOf(id)).filter((e) => e.kind === 'note')).toHaveLength(1);
    expect((await getDb().select().from(apiIdempotency).where(eq(apiIdempotency.tokenId, t.id))).length).toBe(1);
  });

  it('gives the events since a cursor, private ones only when asked with the write scope', async () => {
    const t = await token(['complaints:read']);
    const start = await api(t.token, 'GET', 'complaint-events?limit=100');
    let cursor: string = start.body.nextCursor;
    for (;;) {
      const page = await api(t.token, 'GET', `complaint-events?after=${cursor}`);
      if (page.body.data.length === 0) break;
      cursor = page.body.nextCursor;
    }
    const { id, number } = await freshComplaint(lists);
    const w = await token(['complaints:read', 'complaints:write']);
    await api(w.token, 'POST', `complaints/${number}/notes`, { body: { body: 'Interna' } });
    await api(w.token, 'POST', `complaints/${number}/responses`, { body: { statement: 'official_reply', body: 'Ya lo estamos mirando.' } });
    const news = await api(t.token, 'GET', `complaint-events?after=${cursor}`);
    // Oldest first, this complaint's public events only: filed, answered (which acknowledges it).
    expect(news.body.data.every((e: { complaintId: string; complaintNumber: number }) => e.complaintId === id && e.complaintNumber === number)).toBe(true);
    expect(news.body.data.map((e: { kind: string }) => e.kind)).toEqual((await eventsOf(id)).filter((e) => e.visibility === 'public').map((e) => e.kind));
    expect(news.body.data.map((e: { kind: string }) => e.kind)).toContain('official_reply');
    expect(news.body.data.some((e: { visibility: string }) => e.visibility !== 'public')).toBe(false);
    expect(news.body.data.map((e: { kind: string }) => e.kind)).toContain('official_reply');
    expect((await api(t.token, 'GET', `complaint-events?after=${news.body.nextCursor}`)).body.data).toEqual([]);
    expect((await api(t.token, 'GET', `complaint-events?after=${cursor}&include=private`)).status).toBe(403);
    const all = await api(w.token, 'GET', `complaint-events?after=${cursor}&include=private`);
    expect(all.body.data.map((e: { kind: string }) => e.kind)).toContain('note');
  });
});

describe('members', () => {
  it('lists, reads, invites, sanctions and lifts, and manages groups through the page’s verbs', async () => {
    // Lifting a sanction is a manager's: this token acts for Marta.
    const t = await token(['members:read', 'members:write'], { actsFor: marta.id });
    const forStaff = await token(['members:write']);
    const ana = await member('Anabel Prueba');
    const list = await api(t.token, 'GET', `members?q=${encodeURIComponent('Anabel Prueba')}`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((m: { id: string }) => m.id)).toEqual([ana.id]);
    expect((await api(t.token, 'GET', `members/${ana.id}`)).body).toMatchObject({ id: ana.id, displayName: 'Anabel Prueba', role: 'member', status: 'active' });
    expect((await api(t.token, 'GET', `members/${randomUUID()}`)).status).toBe(404);

    const invited = await api(t.token, 'POST', 'members/invitations', { body: { email: 'invitada@example.org', role: 'member' } });
    expect(invited.status).toBe(201);
    expect(invited.body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [inv] = await getDb().select().from(invitations).where(eq(invitations.id, invited.body.id));
    expect(inv!.createdBy).toBe(marta.id);
    // Laura is staff: only managers bring in staff.
    expect((await api(forStaff.token, 'POST', 'members/invitations', { body: { role: 'staff' } })).status).toBe(403);

    const silenced = await api(t.token, 'POST', `members/${ana.id}/sanctions`, { body: { kind: 'silence', reason: 'Insultos en el foro', days: 3 } });
    expect(silenced.status).toBe(201);
    const [row] = await getDb().select().from(users).where(eq(users.id, ana.id));
    expect(row!.status).toBe('silenced');
    const noDays = await api(t.token, 'POST', `members/${ana.id}/sanctions`, { body: { kind: 'suspension', reason: 'x' } });
    expect(noDays.status).toBe(422);
    expect(noDays.body.errors.map((e: { field: string }) => e.field)).toEqual(['days']);
    const lifted = await api(t.token, 'POST', `sanctions/${silenced.body.id}/lift`, { body: { note: 'Se ha disculpado.' } });
    expect(lifted.status).toBe(200);
    expect(lifted.body.status).toBe('active');
    expect((await getDb().select().from(sanctions).where(eq(sanctions.id, silenced.body.id)))[0]!.liftedBy).toBe(marta.id);

    const group = await createGroup('open', [[ana, 'member']]);
    const other = await createGroup('open');
    expect((await api(t.token, 'POST', `members/${ana.id}/groups`, { body: { groupId: other.id } })).body).toEqual({ invited: true });
    expect(await getDb().select().from(groupInvitations).where(and(eq(groupInvitations.groupId, other.id), eq(groupInvitations.userId, ana.id)))).toHaveLength(1);
    expect((await api(t.token, 'DELETE', `members/${ana.id}/groups/${group.id}`)).body).toEqual({ removed: true });
    expect(await getDb().select().from(groupMembers).where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.userId, ana.id)))).toHaveLength(0);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.integrationId, t.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['group.invite', 'group.remove_member', 'invitation.create', 'moderation.sanction_silence', 'moderation.sanction_lifted'].sort());
  });
});

describe('community and metrics', () => {
  it('reads groups, their threads and a thread', async () => {
    const t = await token(['community:read']);
    const ana = await member('Ana');
    const group = await createGroup('open', [[ana, 'member']]);
    const thread = await createThread({ actor: ana, input: { groupId: group.id, title: 'Horario de verano', body: '¿Abre la piscina en agosto?', idempotencyKey: randomUUID() } });
    const groups = await api(t.token, 'GET', 'groups');
    expect(groups.body.data.map((g: { id: string }) => g.id)).toContain(group.id);
    const threads = await api(t.token, 'GET', `groups/${group.slug}/threads`);
    expect(threads.body.data.map((x: { id: string; title: string }) => [x.id, x.title])).toEqual([[thread.id, 'Horario de verano']]);
    const one = await api(t.token, 'GET', `groups/${group.slug}/threads/${thread.id}`);
    expect(one.body.thread.group.slug).toBe(group.slug);
    expect(one.body.posts[0].bodyHtml).toContain('piscina');
    expect((await api(t.token, 'GET', `groups/nope/threads`)).status).toBe(404);
  });

  it('gives the dashboard figures for a period to a token acting for a manager', async () => {
    const forStaff = await token(['metrics:read']);
    expect((await api(forStaff.token, 'GET', 'metrics/dashboard')).status).toBe(403);
    const t = await token(['metrics:read'], { actsFor: marta.id });
    const month = await api(t.token, 'GET', 'metrics/dashboard?window=30');
    expect(month.status).toBe(200);
    expect(month.body.complaints.network.complaints).toBeGreaterThan(0);
    const custom = await api(t.token, 'GET', 'metrics/dashboard?window=custom&from=2026-01-01&to=2026-01-31');
    expect(custom.body.period.from).toBe('2026-01-01T00:00:00.000Z');
    const inverted = await api(t.token, 'GET', 'metrics/dashboard?window=custom&from=2026-02-01&to=2026-01-01');
    expect(inverted.status).toBe(422);
    expect(inverted.body.errors[0].field).toBe('to');
  });
});

describe('the OpenAPI document', () => {
  it('lists every operation with its scopes, and every answer of this suite matched it', () => {
    expect(document.openapi).toBe('3.1.0');
    const ops = Object.values(document.paths).flatMap((p) => Object.values(p) as { operationId: string; security: unknown }[]);
    expect(ops.length).toBeGreaterThanOrEqual(20);
    for (const op of ops) expect(op.security).toEqual([{ bearerToken: expect.any(Array) }]);
    const notes = document.paths['/complaints/{number}/notes'] as { post: { requestBody: { content: { 'application/json': { schema: { additionalProperties: boolean; required: string[] } } } } } };
    expect(notes.post.requestBody.content['application/json'].schema).toMatchObject({ additionalProperties: false, required: ['body'] });
    // Every operation was called at least once, and answers were checked (api-client.ts).
    const called = new Set(checked.map((c) => c.operation));
    for (const op of ops) expect(called, op.operationId).toContain(op.operationId);
  });
});
