import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { setMeToo } from '@/lib/complaints/me-too';
import { hideContent } from '@/lib/moderation/hide';
import { restoreContent } from '@/lib/moderation/restore';
import { sanctionMember } from '@/lib/moderation/sanction';
import { attachRealtime, type RealtimeServer } from '@/lib/realtime/server';
import { createThread } from '@/lib/threads/create-thread';
import { createGroup, key } from './community-fixtures';
import { complaintLists, fileOne } from './complaint-fixtures';
import { actorOf, createUser, sessionCookie } from './factories';

const started: { http: HttpServer; rt: RealtimeServer }[] = [];
const clients: Socket[] = [];

async function startNode() {
  const http = createServer();
  const rt = attachRealtime(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  started.push({ http, rt });
  return { rt, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

async function cookieFor(user: { id: string; sessionVersion: number }) {
  return await sessionCookie(user);
}

function client(url: string, cookie: string, origin = url): Socket {
  const s = connect(url, { transports: ['websocket'], extraHeaders: { cookie, origin }, reconnection: false });
  clients.push(s);
  return s;
}

const once = <T>(s: Socket, event: string) => new Promise<T>((resolve) => s.once(event, resolve));

afterAll(async () => {
  for (const c of clients) c.disconnect();
  for (const { rt } of started) await rt.close();
});

describe('realtime', () => {
  it('accepts a signed-in member and counts them present', async () => {
    const { url } = await startNode();
    const member = await createUser('member');
    const socket = client(url, await cookieFor(member));
    await once(socket, 'connect');
    const presence = await new Promise<{ online: number }>((resolve) => socket.emit('presence:get', resolve));
    expect(presence.online).toBeGreaterThanOrEqual(1);
  });

  it('refuses a foreign Origin and a missing session', async () => {
    const { url } = await startNode();
    const member = await createUser('member');
    const foreign = client(url, await cookieFor(member), 'https://evil.example');
    expect((await once<Error>(foreign, 'connect_error')).message).toBe('origin_not_allowed');
    const anonymous = client(url, '');
    expect((await once<Error>(anonymous, 'connect_error')).message).toBe('unauthorized');
  });

  it('closes the open socket of a member who is banned', async () => {
    const { url } = await startNode();
    const manager = actorOf(await createUser('manager'));
    const member = await createUser('member');
    const socket = client(url, await cookieFor(member));
    await once(socket, 'connect');
    const closed = once<string>(socket, 'disconnect');
    await sanctionMember({ actor: manager, input: { userId: member.id, kind: 'ban', reason: 'Amenazas', appealable: 'false' } });
    expect(await closed).toBe('io server disconnect');
  });

  it('tells an open complaint page and the board when a "me too" is taken back', async () => {
    const { url } = await startNode();
    const [ana, bea, viewer] = [await createUser('member'), await createUser('member'), await createUser('member')];
    const { id } = await fileOne(actorOf(ana), await complaintLists());
    await setMeToo({ actor: actorOf(bea), input: { complaintId: id, on: true } });
    const socket = client(url, await cookieFor(viewer));
    await once(socket, 'connect');
    for (const room of [`complaint:${id}`, 'board']) expect(await socket.emitWithAck('room:join', room)).toMatchObject({ ok: true });
    const changed = Promise.all([once<{ id: string }>(socket, 'complaint:changed'), once<{ id: string }>(socket, 'board:changed')]);
    await setMeToo({ actor: actorOf(bea), input: { complaintId: id, on: false } });
    expect((await changed).map((p) => p.id)).toEqual([id, id]);
  });

  it('tells an open thread page when moderation hides the thread and brings it back, without its content', async () => {
    const { url } = await startNode();
    const [author, reader, staff] = [await createUser('member'), await createUser('member'), actorOf(await createUser('staff'))];
    const group = await createGroup('open', [[actorOf(author), 'member'], [actorOf(reader), 'member']]);
    const thread = await createThread({ actor: actorOf(author), input: { groupId: group.id, title: 'Rifa de Navidad', body: 'Números a 2 €', idempotencyKey: key() } });
    const socket = client(url, await cookieFor(reader));
    await once(socket, 'connect');
    expect(await socket.emitWithAck('room:join', `thread:${thread.id}`)).toMatchObject({ ok: true });
    const ref = { targetType: 'thread' as const, targetId: thread.id };
    let seen = once<unknown>(socket, 'thread:visibility');
    await hideContent({ actor: staff, input: { ...ref, reason: 'spam' } });
    expect(await seen).toEqual({ hidden: true });
    seen = once<unknown>(socket, 'thread:visibility');
    await restoreContent({ actor: staff, input: ref });
    expect(await seen).toEqual({ hidden: false });
  });

  it.runIf(process.env.DATABASE_URL)('shares events between two app processes through PostgreSQL', async () => {
    const a = await startNode();
    const b = await startNode();
    const member = await createUser('member');
    const socket = client(a.url, await cookieFor(member));
    await once(socket, 'connect');
    const received = once<{ hello: string }>(socket, 'ping:test');
    // Emitted on B, delivered by A: the adapter carries it through NOTIFY.
    b.rt.io.to(`user:${member.id}`).emit('ping:test', { hello: 'from B' });
    expect(await received).toEqual({ hello: 'from B' });
  });
});
