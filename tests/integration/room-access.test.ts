import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { complaintEvents, threads, users } from '@/db/schema';
import { deleteAnnouncement } from '@/lib/announcements/delete';
import { publishAnnouncement } from '@/lib/announcements/publish';
import { authorizeRoom } from '@/lib/realtime/room-access';
import { createThread } from '@/lib/threads/create-thread';
import { createGroup, key } from './community-fixtures';
import { complaintLists, fileOne } from './complaint-fixtures';
import { actorOf, createUser, socketIdentity } from './factories';

const identity = socketIdentity;

describe('socket room joins', () => {
  it('follow the group policy, reload the account, and report the room’s latest activity', async () => {
    const [ana, outsider] = [await createUser(), await createUser()];
    const secret = await createGroup('private', [[actorOf(ana), 'member']]);
    const t = await createThread({ actor: actorOf(ana), input: { groupId: secret.id, title: 'Reservas', body: 'Hola', idempotencyKey: key() } });
    const [row] = await getDb().select().from(threads).where(eq(threads.id, t.id));

    expect(await authorizeRoom(await identity(ana), `thread:${t.id}`)).toEqual({ ok: true, latest: row!.lastPostAt.toISOString() });
    expect((await authorizeRoom(await identity(ana), `group:${secret.id}`)).ok).toBe(true);
    for (const room of [`thread:${t.id}`, `group:${secret.id}`]) expect(await authorizeRoom(await identity(outsider), room)).toEqual({ ok: false, latest: null });
    for (const room of ['staff', 'user:x', `thread:${t.id}; drop`, 42]) expect((await authorizeRoom(await identity(ana), room)).ok).toBe(false);

    // Suspended since the handshake: the next join is refused.
    await getDb().update(users).set({ status: 'suspended', statusUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, ana.id));
    expect((await authorizeRoom(await identity(ana), `thread:${t.id}`)).ok).toBe(false);
  });

  it('let every active member into the board and a complaint’s room, with its latest public entry', async () => {
    const lists = await complaintLists();
    const [ana, bea] = [await createUser(), await createUser()];
    const { id } = await fileOne(actorOf(ana), lists);
    const [created] = await getDb().select().from(complaintEvents).where(eq(complaintEvents.complaintId, id));
    expect(await authorizeRoom(await identity(bea), `complaint:${id}`)).toEqual({ ok: true, latest: created!.createdAt.toISOString() });
    expect(await authorizeRoom(await identity(bea), 'board')).toEqual({ ok: true, latest: null });
    expect((await authorizeRoom(await identity(bea), `complaint:${crypto.randomUUID()}`)).ok).toBe(false);
    await getDb().update(users).set({ status: 'banned' }).where(eq(users.id, bea.id));
    for (const room of ['board', `complaint:${id}`]) expect((await authorizeRoom(await identity(bea), room)).ok).toBe(false);
  });

  it('answer the announcements room with the latest change, a deletion included, so a late socket catches up', async () => {
    const [staff, ana] = [await createUser('staff'), await createUser()];
    const { id } = await publishAnnouncement({ actor: actorOf(staff), input: { title: 'Piscina cerrada', bodyMd: 'Lunes', idempotencyKey: key() } });
    const published = await authorizeRoom(await identity(ana), 'announcements');
    expect(published.ok).toBe(true);
    const renderedAt = new Date(published.latest!);

    await deleteAnnouncement({ actor: actorOf(staff), input: { id } });
    const deleted = await authorizeRoom(await identity(ana), 'announcements');
    expect(new Date(deleted.latest!) > renderedAt).toBe(true);
    await getDb().update(users).set({ status: 'banned' }).where(eq(users.id, ana.id));
    expect(await authorizeRoom(await identity(ana), 'announcements')).toEqual({ ok: false, latest: null, refusal: { reason: 'moderation.errors.banned', until: null } });
  });
});
