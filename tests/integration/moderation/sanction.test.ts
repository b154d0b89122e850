import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { Forbidden } from '@/lib/errors';
import { listReviewQueue } from '@/lib/moderation/queries';
import { reportContent } from '@/lib/moderation/report';
import { sanctionMember } from '@/lib/moderation/sanction';
import { listNotifications } from '@/lib/notifications/queries';
import { authorizeRoom } from '@/lib/realtime/room-access';
import { attachRealtime, type RealtimeServer } from '@/lib/realtime/server';
import { getThreadView } from '@/lib/threads/queries';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import { key } from '../community-fixtures';
import { member, staffer } from '../complaint-fixtures';
import { actorOf, reload, sessionCookie, socketIdentity } from '../factories';
import { conversation } from './fixtures';

const kindsOf = async (actor: Parameters<typeof listNotifications>[0]) => (await listNotifications(actor)).items.map((i) => [i.kind, i.subject]);

const started: { http: HttpServer; rt: RealtimeServer }[] = [];
const clients: Socket[] = [];
afterAll(async () => {
  for (const c of clients) c.disconnect();
  for (const { rt } of started) await rt.close();
});

describe('sanctions', () => {
  it('silence makes an account read-only until its end date, with the reason', async () => {
    const { ana, luis, group, thread, insult } = await conversation();
    const laura = await staffer('Laura');
    await reportContent({ actor: ana, input: { targetType: 'profile', targetId: luis.id, reason: 'abuse' } });
    await sanctionMember({ actor: laura, input: { userId: luis.id, kind: 'silence', reason: 'Insultos reiterados', days: 3 } });
    // The reported profile is settled by the measure, and the reporter hears so.
    expect(await kindsOf(ana)).toContainEqual(['report_outcome', 'sanction']);
    expect((await listReviewQueue(laura)).items.some((i) => i.targetType === 'profile' && i.targetId === luis.id)).toBe(false);
    const silenced = actorOf(await reload(luis.id));
    expect(silenced.status).toBe('silenced');
    const refused = await replyToThread({ actor: silenced, input: { threadId: thread.id, body: 'Hola', idempotencyKey: key() } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Forbidden);
    expect(refused).toMatchObject({ message: 'moderation.errors.silencedUntil', values: { until: silenced.statusUntil!.getTime() } });
    await expect(toggleReaction({ actor: silenced, input: { postId: insult.id, reaction: 'heart' } })).rejects.toThrow('moderation.errors.silencedUntil');
    // Reading goes on.
    expect((await getThreadView(silenced, group.slug, thread.id))!.posts).toHaveLength(2);
    expect(await kindsOf(silenced)).toContainEqual(['sanction', 'silence']);
  });

  it('a ban closes the open socket at once, and a suspended member cannot join a room', async () => {
    const http = createServer();
    const rt = attachRealtime(http);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    started.push({ http, rt });
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const marta = await staffer('Marta', 'Dirección', 'manager');
    const { luis, thread } = await conversation();
    const row = await reload(luis.id);
    const cookie = await sessionCookie(row);
    const socket = connect(url, { transports: ['websocket'], extraHeaders: { cookie, origin: url }, reconnection: false });
    clients.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await sanctionMember({ actor: marta, input: { userId: luis.id, kind: 'ban', reason: 'Amenazas' } });
    expect(await closed).toBe('io server disconnect');

    const other = await member('Eva');
    await sanctionMember({ actor: marta, input: { userId: other.id, kind: 'suspension', reason: 'Spam repetido', days: 7 } });
    const suspended = await reload(other.id);
    const access = await authorizeRoom(await socketIdentity(suspended), `thread:${thread.id}`);
    expect(access).toMatchObject({ ok: false, refusal: { reason: 'moderation.errors.suspendedUntil', until: suspended.statusUntil!.toISOString() } });
    const audit = await getDb().select().from(auditLog).where(eq(auditLog.targetId, other.id));
    expect(audit.map((a) => a.action)).toEqual(['moderation.sanction_suspension']);
  });
});

describe('the review-queue room', () => {
  it('is for staff and managers only', async () => {
    const [ana, laura] = [await reload((await member('Ana')).id), await reload((await staffer('Laura')).id)];
    const join = async (u: typeof ana) => authorizeRoom(await socketIdentity(u), 'review-queue');
    expect((await join(ana)).ok).toBe(false);
    expect((await join(laura)).ok).toBe(true);
  });
});
