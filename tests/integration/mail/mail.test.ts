import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { auditLog, digestItems, mailOutbox, notificationPreferences, notifications, users } from '@/db/schema';
import { publishAnnouncement } from '@/lib/announcements/publish';
import { Forbidden, Gone, NotFound } from '@/lib/errors';
import { leaveGroup } from '@/lib/groups/leave';
import { queueDigests } from '@/lib/mail/digest';
import { claimMail, deliverClaimed, LEASE_MS, runMailWorker } from '@/lib/mail/outbox';
import { listOutbox } from '@/lib/mail/queries';
import { retryMail } from '@/lib/mail/retry';
import { inspectUnsubscribe, unsubscribe } from '@/lib/mail/unsubscribe';
import { setThreadFollow } from '@/lib/notifications/follow-thread';
import { listNotifications } from '@/lib/notifications/queries';
import { setNotificationPreferences } from '@/lib/notifications/set-preferences';
import { createThread } from '@/lib/threads/create-thread';
import { deletePost } from '@/lib/threads/delete-post';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { complaintScene, fileOne, member, say, staffer } from '../complaint-fixtures';
import { startSmtpSink } from '../smtp-sink';

// A real SMTP conversation: the mailer talks to a local sink, which can be told to refuse.
const sink = await startSmtpSink();
const received = sink.received;

beforeEach(async () => {
  sink.broken = false;
  received.length = 0;
  // Each test starts from an empty outbox, so what it counts is its own.
  await getDb().delete(mailOutbox);
});

/** Quoted-printable soft breaks and escapes undone, enough to read links and words. */
const plain = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
const later = (ms: number) => new Date(Date.now() + ms);

async function scene(more: Actor[] = []) {
  const ana = await member('Ana');
  const bruno = await member('Bruno');
  const carla = await member('Carla');
  const group = await createGroup('open', [ana, bruno, carla, ...more].map((a) => [a, 'member'] as [Actor, 'member']));
  const thread = await createThread({ actor: ana, input: { groupId: group.id, title: `Horarios de pádel ${key().slice(0, 4)}`, body: 'Propongo jugar los martes.', idempotencyKey: key() } });
  return { ana, bruno, carla, group, thread };
}

const kindsOf = async (userId: string) =>
  (await getDb().select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, userId))).map((r) => r.kind).sort();
const outboxOf = (userId: string) => getDb().select().from(mailOutbox).where(eq(mailOutbox.userId, userId));
const reply = (actor: Parameters<typeof replyToThread>[0]['actor'], threadId: string, body: string) =>
  replyToThread({ actor, input: { threadId, body, idempotencyKey: key() } });

describe('events and their notifications', () => {
  it('tell followers of a reply once, batch reactions per post, and never tell the actor', async () => {
    const { ana, bruno, carla, thread } = await scene();
    // Bruno writes, so he follows; Carla only reads, so she does not.
    await reply(bruno, thread.id, 'Los martes me van bien.');
    expect(await kindsOf(ana.id)).toEqual(['reply']);
    expect(await kindsOf(bruno.id)).toEqual([]);
    // Carla names Ana: Ana gets the mention only, not a second notice for the same reply; Bruno the reply.
    const post = await reply(carla, thread.id, 'Y yo, @Ana, si hay pista.');
    expect(await kindsOf(ana.id)).toEqual(['mention', 'reply']);
    expect(await kindsOf(bruno.id)).toEqual(['reply']);
    expect(await kindsOf(carla.id)).toEqual([]);

    // Three reactions to Carla's post, one of them her own: one notice, naming the latest reactor.
    await toggleReaction({ actor: ana, input: { postId: post.id, reaction: 'heart' } });
    await toggleReaction({ actor: bruno, input: { postId: post.id, reaction: 'clap' } });
    await toggleReaction({ actor: carla, input: { postId: post.id, reaction: 'heart' } });
    const reactions = await getDb().select().from(notifications).where(and(eq(notifications.userId, carla.id), eq(notifications.kind, 'reaction')));
    expect(reactions).toHaveLength(1);
    expect(reactions[0]!.actorId).toBe(bruno.id);
    // Once read, the next reaction is news again.
    await getDb().update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, reactions[0]!.id));
    await toggleReaction({ actor: ana, input: { postId: post.id, reaction: 'laugh' } });
    expect((await kindsOf(carla.id)).filter((k) => k === 'reaction')).toHaveLength(2);

    // Unfollowing stops replies, and writing again does not silently follow again.
    await setThreadFollow({ actor: bruno, input: { threadId: thread.id, on: false } });
    await reply(bruno, thread.id, 'Me salgo del hilo.');
    await reply(ana, thread.id, '¿Alguien más?');
    expect(await kindsOf(bruno.id)).toEqual(['reply']);
    expect((await kindsOf(carla.id)).filter((k) => k === 'reply')).toHaveLength(2);
  });

  it('queue e-mail in the same transaction as the event, as each person chose', async () => {
    const { ana, bruno, carla, thread } = await scene();
    await setNotificationPreferences({ actor: bruno, input: { replies: 'immediate' } });
    await setNotificationPreferences({ actor: carla, input: { replies: 'off', mentions: 'digest' } });
    await reply(carla, thread.id, 'Hola');
    await reply(bruno, thread.id, 'Hola, @Carla');
    await reply(ana, thread.id, 'Bienvenidos');
    // Defaults: replies in the bell only for Ana; Bruno asked for e-mail; Carla turned replies off and gets her mention in the digest.
    expect(await outboxOf(ana.id)).toHaveLength(0);
    expect((await outboxOf(bruno.id)).map((r) => r.category)).toEqual(['replies']);
    expect(await kindsOf(carla.id)).toEqual(['mention']);
    expect(await getDb().select().from(digestItems).where(eq(digestItems.userId, carla.id))).toHaveLength(1);
    // Staff answers by e-mail by default: the complaint's author hears of the official reply at once.
    const { lists, laura } = await complaintScene();
    const author = await member('Dora');
    const { id } = await fileOne(author, lists);
    await say(laura, id, 'official_reply');
    expect((await outboxOf(author.id)).map((r) => r.category)).toEqual(['complaints']);
    // An announcement rings every member's bell, its author's aside; by default it is not e-mailed.
    await publishAnnouncement({ actor: laura, input: { title: 'Asamblea', bodyMd: 'El jueves a las 19:00.' } });
    expect((await kindsOf(ana.id)).filter((k) => k === 'announcement')).toHaveLength(1);
    expect((await kindsOf(laura.id)).filter((k) => k === 'announcement')).toHaveLength(0);
    expect(await outboxOf(ana.id)).toHaveLength(0);
    // Nobody may choose a category that is not theirs.
    await expect(setNotificationPreferences({ actor: ana, input: { staff: 'off' } })).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('the mailer', () => {
  it('sends over SMTP in the member’s language with both bodies, headers and a one-time unsubscribe link', async () => {
    const { lists, laura } = await complaintScene();
    const author = await member('Eva');
    await getDb().update(users).set({ locale: 'en' }).where(eq(users.id, author.id));
    const { id, number } = await fileOne(author, lists);
    await say(laura, id, 'propose_solution', 'Hemos cambiado la caldera.');
    await runMailWorker();
    const [row] = await outboxOf(author.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    const [{ email }] = (await getDb().select({ email: users.email }).from(users).where(eq(users.id, author.id))) as [{ email: string }];
    const mail = received.find((m) => m.to.includes(email))!;
    const raw = plain(mail.raw);
    expect(mail.messageId).toBe(`<${row!.id}@localhost>`);
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: text\/html/);
    expect(raw).toContain('proposes a solution');
    expect(raw).toContain('Confirm the solution');
    expect(raw).toContain(`/board/${number}#solution`);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const header = /^List-Unsubscribe: +<(http[^>]+\/unsubscribe\/([^>]+))>\r?$/m.exec(raw);
    expect(header).not.toBeNull();
    const token = header![2]!;
    // The same link is in the text body and the HTML body.
    expect(raw.split(`/unsubscribe/${token}`).length - 1).toBeGreaterThanOrEqual(3);

    // A tampered link is refused and changes nothing; the real one works once.
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(await inspectUnsubscribe(tampered)).toEqual({ state: 'invalid' });
    await expect(unsubscribe({ actor: null, input: { token: tampered } })).rejects.toBeInstanceOf(NotFound);
    expect(await inspectUnsubscribe(token)).toEqual({ state: 'ready', category: 'complaints' });
    await unsubscribe({ actor: null, input: { token } });
    const prefs = await getDb().select().from(notificationPreferences).where(eq(notificationPreferences.userId, author.id));
    expect(prefs.map((p) => [p.category, p.channel])).toEqual([['complaints', 'in_app']]);
    expect(await inspectUnsubscribe(token)).toEqual({ state: 'used' });
    await expect(unsubscribe({ actor: null, input: { token } })).rejects.toBeInstanceOf(Gone);
    // From now on the bell only: the next update rings, but no e-mail is queued.
    await say(laura, id, 'official_reply', 'Seguimos pendientes.');
    expect(await kindsOf(author.id)).toEqual(['complaint_reply', 'complaint_solution']);
    expect(await outboxOf(author.id)).toHaveLength(1);
  });

  it('loses nothing and duplicates nothing when the process dies mid-batch', async () => {
    const people = await Promise.all([member('F1'), member('F2'), member('F3'), member('F4'), member('F5')]);
    const { ana, thread } = await scene(people);
    for (const p of people) {
      await setNotificationPreferences({ actor: p, input: { replies: 'immediate' } });
      await reply(p, thread.id, `Me apunto, soy ${p.id.slice(0, 4)}`);
    }
    await reply(ana, thread.id, 'Somos seis.');
    const queued = (await getDb().select().from(mailOutbox)).map((r) => r.id);
    expect(queued.length).toBeGreaterThanOrEqual(5);

    // The first process claims everything, sends two, and dies without recording the next one's success.
    const claimed = await claimMail(new Date(), 50);
    expect(claimed.map((r) => r.id).sort()).toEqual([...queued].sort());
    await deliverClaimed(claimed[0]!);
    await deliverClaimed(claimed[1]!);
    const { composeOutboxMail } = await import('@/lib/mail/notification-mail');
    const { sendMail } = await import('@/lib/mail/transport');
    const halfDone = await composeOutboxMail(claimed[2]!);
    if ('skip' in halfDone) throw new Error('expected a message');
    await sendMail(halfDone);

    // While the lease runs, nobody else takes those rows; after it, another process finishes the batch.
    expect(await claimMail(new Date(), 50)).toHaveLength(0);
    const after = () => later(LEASE_MS + 1000);
    await runMailWorker(after);
    const rows = await getDb().select().from(mailOutbox);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    // Every message arrived; the one whose success was never recorded came again under the same Message-ID.
    const ids = received.map((m) => m.messageId);
    expect(new Set(ids)).toEqual(new Set(queued.map((id) => `<${id}@localhost>`)));
    expect(ids.length).toBe(queued.length + 1);
    expect(rows.find((r) => r.id === claimed[0]!.id)!.attempts).toBe(1);
  });

  it('keeps messages when the SMTP server fails, records the error, backs off and retries, and lets a manager retry', async () => {
    const { ana, bruno, thread } = await scene();
    await setNotificationPreferences({ actor: bruno, input: { replies: 'immediate' } });
    await reply(bruno, thread.id, 'Yo también.');
    sink.broken = true;
    // The event itself is not held back by the broken server.
    await expect(reply(ana, thread.id, '¡Genial!')).resolves.toBeDefined();
    expect(await runMailWorker()).toMatchObject({ sent: 0 });
    let [row] = await outboxOf(bruno.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toContain('Mailbox temporarily unavailable');
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: nothing is tried again at once.
    expect(await claimMail()).toHaveLength(0);

    const manager = await staffer('Marta', 'Dirección', 'manager');
    const page = await listOutbox(manager, { status: 'pending' });
    expect(page.items.find((i) => i.id === row!.id)).toMatchObject({ lastError: expect.stringContaining('451'), retryable: true, attempts: 1 });
    await expect(listOutbox(bruno)).rejects.toBeInstanceOf(Forbidden);
    await expect(retryMail({ actor: bruno, input: { id: row!.id } })).rejects.toBeInstanceOf(Forbidden);

    sink.broken = false;
    await retryMail({ actor: manager, input: { id: row!.id } });
    expect(await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'mail.retry'), eq(auditLog.targetId, row!.id)))).toHaveLength(1);
    expect(await runMailWorker()).toMatchObject({ sent: 1 });
    [row] = await outboxOf(bruno.id);
    expect(row).toMatchObject({ status: 'sent', lastError: null });
    expect(received).toHaveLength(1);
  });

  it('never e-mails, nor shows, what the member can no longer see', async () => {
    const ana = await member('Ana');
    const bruno = await member('Bruno');
    const group = await createGroup('private', [
      [ana, 'owner'],
      [bruno, 'member'],
    ]);
    const secret = `Plan secreto ${key().slice(0, 4)}`;
    const thread = await createThread({ actor: ana, input: { groupId: group.id, title: secret, body: 'Solo para el grupo.', idempotencyKey: key() } });
    await setNotificationPreferences({ actor: bruno, input: { replies: 'immediate' } });
    await reply(bruno, thread.id, 'Cuenta conmigo.');
    await reply(ana, thread.id, 'Gracias, @Bruno.');
    const deleted = await reply(ana, thread.id, 'Borraré esto, @Bruno.');
    await deletePost({ actor: ana, input: { postId: deleted.id } });
    expect((await listNotifications(bruno)).items).toHaveLength(1);
    await leaveGroup({ actor: bruno, input: { groupId: group.id } });
    expect((await listNotifications(bruno)).items).toHaveLength(0);
    await runMailWorker();
    expect(received).toHaveLength(0);
    expect((await outboxOf(bruno.id)).map((r) => [r.status, r.lastError])).toEqual([
      ['skipped', 'not_visible'],
      ['skipped', 'not_visible'],
    ]);
  });

  it('sends one daily digest per person and day, in their language, after the morning hour', async () => {
    const { ana, bruno, thread } = await scene();
    await getDb().update(users).set({ locale: 'en' }).where(eq(users.id, bruno.id));
    await setNotificationPreferences({ actor: bruno, input: { replies: 'digest' } });
    await reply(bruno, thread.id, 'Apuntado.');
    await reply(ana, thread.id, 'Primera novedad.');
    await reply(ana, thread.id, 'Segunda novedad.');
    expect(await outboxOf(bruno.id)).toHaveLength(0);
    // Tomorrow at 05:00 in Madrid, before the hour: nothing yet. At 09:00: one digest, and only one.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const madrid = (hour: number) => new Date(`${tomorrow.toLocaleDateString('en-CA', { timeZone: 'Europe/Madrid' })}T${String(hour).padStart(2, '0')}:00:00+01:00`);
    // Others from earlier tests may have digests waiting too; Bruno's is what is counted.
    await queueDigests(madrid(5));
    expect(await outboxOf(bruno.id)).toHaveLength(0);
    await queueDigests(madrid(9));
    expect(await queueDigests(madrid(10))).toBe(0);
    expect((await outboxOf(bruno.id)).map((r) => r.digestDay)).toHaveLength(1);
    await runMailWorker();
    const [{ email }] = (await getDb().select({ email: users.email }).from(users).where(eq(users.id, bruno.id))) as [{ email: string }];
    const mails = received.filter((m) => m.to.includes(email));
    expect(mails).toHaveLength(1);
    const raw = plain(mails[0]!.raw);
    expect(raw).toContain('Your daily summary');
    expect(raw).toContain(thread.id);
    expect(raw.match(/replied in/g)!.length).toBeGreaterThanOrEqual(2);
    const token = /\/unsubscribe\/([A-Za-z0-9_.-]+)/.exec(raw)![1]!;
    await unsubscribe({ actor: null, input: { token } });
    const [pref] = await getDb().select().from(notificationPreferences).where(and(eq(notificationPreferences.userId, bruno.id), eq(notificationPreferences.category, 'replies')));
    expect(pref!.channel).toBe('in_app');
  });
});
