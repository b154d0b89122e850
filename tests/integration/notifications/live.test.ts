import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { groups, notifications } from '@/db/schema';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import { announceNotifications, writeNotifications } from '@/lib/notifications/write';
import { attachRealtime, type RealtimeServer } from '@/lib/realtime/server';
import { actorOf, createUser, sessionCookie } from '../factories';

let rt: RealtimeServer;
let url: string;
const clients: Socket[] = [];

beforeAll(async () => {
  const http = createServer();
  rt = attachRealtime(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await rt.close();
});

async function socketOf(user: { id: string; sessionVersion: number }): Promise<Socket> {
  const cookie = await sessionCookie(user);
  const s = connect(url, { transports: ['websocket'], extraHeaders: { cookie, origin: url }, reconnection: false });
  clients.push(s);
  await new Promise<void>((resolve) => s.once('connect', () => resolve()));
  return s;
}

const next = <T>(s: Socket, event: string) => new Promise<T>((resolve) => s.once(event, resolve));

describe('notifications, live', () => {
  it('ring the bell of each person told, in every tab, and of nobody else', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const [g] = await getDb().insert(groups).values({ slug: 'live', name: 'Live' }).returning();
    const [tab1, tab2, lauras] = [await socketOf(ana), await socketOf(ana), await socketOf(laura)];
    let lauraRang = false;
    lauras.on('notification:new', () => (lauraRang = true));

    // How a verb does it: write in the transaction, announce after commit.
    const written = await getDb().transaction((tx) =>
      writeNotifications(tx, laura.id, [
        { userId: ana.id, kind: 'group_join_approved', actorId: laura.id, groupId: g!.id },
        { userId: laura.id, kind: 'group_join_approved', actorId: laura.id, groupId: g!.id },
      ]),
    );
    const rang = Promise.all([next(tab1, 'notification:new'), next(tab2, 'notification:new')]);
    announceNotifications(written);
    expect(await rang).toEqual([{}, {}]);
    await new Promise((r) => setTimeout(r, 100));
    expect(lauraRang).toBe(false);
  });

  it('tell the other tabs the new count when one is read and when all are', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const [g] = await getDb().insert(groups).values({ slug: 'live-count', name: 'Live count' }).returning();
    await getDb().insert(notifications).values([
      { userId: ana.id, kind: 'group_join_approved', actorId: laura.id, groupId: g!.id },
      { userId: ana.id, kind: 'group_invitation', actorId: laura.id, groupId: g!.id },
    ]);
    const [one] = await getDb().select().from(notifications).where(eq(notifications.userId, ana.id));
    const other = await socketOf(ana);

    let count = next<{ unread: number }>(other, 'notifications:count');
    await markNotificationRead({ actor: actorOf(ana), input: { id: one!.id } });
    expect(await count).toEqual({ unread: 1 });

    count = next<{ unread: number }>(other, 'notifications:count');
    await markAllNotificationsRead({ actor: actorOf(ana), input: {} });
    expect(await count).toEqual({ unread: 0 });
  });
});
