import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailOutbox, notificationPreferences } from '@/db/schema';
import { AccountBlocked, authenticate } from '@/lib/auth/authenticate';
import { blockedCode, parseBlocked } from '@/lib/auth/blocked-code';
import { runMailWorker } from '@/lib/mail/outbox';
import { liftSanction } from '@/lib/moderation/lift-sanction';
import { sanctionMember } from '@/lib/moderation/sanction';
import { attachRealtime, type RealtimeServer } from '@/lib/realtime/server';
import { member, staffer } from '../complaint-fixtures';
import { PASSWORD, reload, sessionCookie } from '../factories';
import { startSmtpSink } from '../smtp-sink';

const sink = await startSmtpSink();
const plain = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=').replace(/=C3=A1/g, 'á').replace(/=C3=B3/g, 'ó');

const servers: RealtimeServer[] = [];
const sockets: Socket[] = [];
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const rt of servers) await rt.close();
});

beforeEach(async () => {
  sink.received.length = 0;
  await getDb().delete(mailOutbox);
});

/** The mail each person received, as text, once the worker ran. */
async function mailTo(email: string): Promise<string[]> {
  await runMailWorker();
  return sink.received.filter((m) => m.to.includes(email)).map((m) => plain(m.raw));
}

describe('a sanctioned member is told why', () => {
  it('live, on the open page: the measure, the reason and the end date arrive before the socket closes', async () => {
    const http = createServer();
    const rt = attachRealtime(http);
    servers.push(rt);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const [marta, eva] = [await staffer('Marta', 'Dirección', 'manager'), await member('Eva')];
    const row = await reload(eva.id);
    const cookie = await sessionCookie(row);
    const socket = connect(url, { transports: ['websocket'], extraHeaders: { cookie, origin: url }, reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const heard: unknown[] = [];
    socket.on('account:sanctioned', (payload: unknown) => heard.push(payload));
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    await sanctionMember({ actor: marta, input: { userId: eva.id, kind: 'suspension', reason: 'Spam repetido en el grupo de fútbol', days: 7 } });
    expect(await closed).toBe('io server disconnect');
    const suspended = await reload(eva.id);
    expect(heard).toEqual([{ kind: 'suspension', reason: 'Spam repetido en el grupo de fútbol', endsAt: suspended.statusUntil!.toISOString() }]);
  });

  it('at sign-in: the reason comes with the end date, even when the sign-in stays closed', async () => {
    const [marta, eva] = [await staffer('Marta', 'Dirección', 'manager'), await member('Eva')];
    await sanctionMember({ actor: marta, input: { userId: eva.id, kind: 'suspension', reason: 'Insultos a un monitor', days: 3, appealable: 'false' } });
    const { email, statusUntil } = await reload(eva.id);
    const refused = await authenticate({ email, password: PASSWORD, ip: 'told-1' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AccountBlocked);
    expect(refused).toMatchObject({ accountStatus: 'suspended', until: statusUntil, reason: 'Insultos a un monitor' });
    // What travels to the sign-in form through next-auth's error string, and back.
    expect(parseBlocked(blockedCode(refused as AccountBlocked))).toEqual({ accountStatus: 'suspended', until: statusUntil, reason: 'Insultos a un monitor' });
    expect(parseBlocked(blockedCode({ accountStatus: 'banned', until: null, reason: 'a | b % c' }))).toEqual({ accountStatus: 'banned', until: null, reason: 'a | b % c' });
    expect(parseBlocked('CredentialsSignin')).toBeNull();
  });

  it('by e-mail, for every sanction and for its lifting, whatever their preferences and even while kept out', async () => {
    const [marta, eva] = [await staffer('Marta', 'Dirección', 'manager'), await member('Eva')];
    const { email } = await reload(eva.id);
    // Eva asked for nothing "other" by e-mail: a measure on her account is not that kind of news.
    await getDb().insert(notificationPreferences).values({ userId: eva.id, category: 'other', channel: 'off' });

    await sanctionMember({ actor: marta, input: { userId: eva.id, kind: 'warning', reason: 'Tono ofensivo en los comentarios' } });
    const [warned] = await mailTo(email);
    expect(warned).toContain('Tono ofensivo en los comentarios');

    sink.received.length = 0;
    const suspension = await sanctionMember({ actor: marta, input: { userId: eva.id, kind: 'suspension', reason: 'Spam repetido', days: 7, appealable: 'false' } });
    const [suspended] = await mailTo(email);
    expect(suspended).toContain('Spam repetido');
    expect(suspended).toMatch(/suspendida hasta el \d+ de \w+ de \d{4}/);
    expect(suspended).toContain('no admite recurso');
    // A notice about one's own account has no unsubscribe link: it cannot be turned off.
    expect(suspended).not.toMatch(/List-Unsubscribe/i);

    sink.received.length = 0;
    await liftSanction({ actor: marta, input: { sanctionId: suspension.id, note: 'Se equivocó de persona' } });
    const [lifted] = await mailTo(email);
    expect(lifted).toMatch(/se ha levantado la medida/i);
    expect(lifted).toContain('Ya puedes volver a participar');
    const rows = await getDb().select({ category: mailOutbox.category, status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.userId, eva.id));
    // One message each, none of them skipped for a preference or for the account being kept out.
    expect(rows).toEqual(Array(3).fill({ category: 'account', status: 'sent' }));
  });
});
