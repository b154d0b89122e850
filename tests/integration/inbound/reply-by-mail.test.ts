import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, complaintEvents, inboundReplies, mailOutbox, posts, users } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { decideHeldReply } from '@/lib/inbound/decide';
import { replyToken } from '@/lib/inbound/token';
import { startInboundSmtp } from '@/lib/inbound/server';
import { runMailWorker } from '@/lib/mail/outbox';
import { setNotificationPreferences } from '@/lib/notifications/set-preferences';
import { createThread } from '@/lib/threads/create-thread';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { complaintScene, freshComplaint, say } from '../complaint-fixtures';
import { actorOf, createUser } from '../factories';
import { startSmtpSink } from '../smtp-sink';

const sink = await startSmtpSink();
process.env.INBOUND_MAIL_DOMAIN = 'respuestas.test';
process.env.INBOUND_SMTP_PORT = '0';
(globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv = undefined;
const listener = await startInboundSmtp({ port: 0, host: '127.0.0.1' });
const smtp = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
afterAll(() => listener.close());

beforeEach(() => {
  sink.received.length = 0;
});

/** Runs the mailer and reads the notification e-mail that went to `email`: its Reply-To, parsed. */
async function notificationTo(email: string) {
  await runMailWorker();
  const raw = sink.received.filter((m) => m.to.includes(email)).pop();
  expect(raw, `a mail to ${email}`).toBeDefined();
  const parsed = await simpleParser(raw!.raw);
  const replyTo = parsed.replyTo?.value[0]?.address;
  expect(replyTo).toMatch(/^reply\+[0-9a-f]{48}@respuestas\.test$/);
  return { replyTo: replyTo!, parsed };
}

type Reply = { from: string; to: string; text?: string; html?: string; headers?: Record<string, string>; messageId?: string; attachments?: { filename: string; content: Buffer }[] };
const reply = (r: Reply) => smtp.sendMail({ subject: 'Re: aviso', messageId: `<${randomUUID()}@cliente.test>`, ...r });
/** What the listener said when it refused: the SMTP code and its words. */
async function refused(r: Reply): Promise<{ code: number; text: string }> {
  const e = (await reply(r).then(
    () => null,
    (x: unknown) => x,
  )) as { responseCode?: number; response?: string } | null;
  expect(e, 'the listener refused it').not.toBeNull();
  return { code: e!.responseCode ?? 0, text: e!.response ?? '' };
}

async function threadScene() {
  const ana = actorOf(await createUser('member', { displayName: 'Ana Correo' }));
  const ben = actorOf(await createUser('member', { displayName: 'Ben Foro' }));
  const group = await createGroup('open', [
    [ana, 'member'],
    [ben, 'member'],
  ]);
  const thread = await createThread({ actor: ana, input: { groupId: group.id, title: 'Horario de la piscina en invierno', body: '¿Alguien sabe si abren los domingos?', idempotencyKey: key() } });
  await setNotificationPreferences({ actor: ana, input: { replies: 'immediate' } });
  await replyToThread({ actor: ben, input: { threadId: thread.id, body: 'Creo que sí, de 9 a 14.', idempotencyKey: key() } });
  const [anaRow] = await getDb().select().from(users).where(eq(users.id, ana.id));
  return { ana, ben, thread, email: anaRow!.email };
}

const postsOf = (threadId: string) => getDb().select().from(posts).where(eq(posts.threadId, threadId)).orderBy(asc(posts.createdAt));
/** What the member wrote in the thread after its opening post. */
const repliesBy = async (threadId: string, authorId: string) => (await postsOf(threadId)).slice(1).filter((p) => p.authorId === authorId);

describe('a reply to a notification e-mail', () => {
  it('becomes a post in the thread, without the quoted history or the signature, once per Message-ID', async () => {
    const { ana, thread, email } = await threadScene();
    const { replyTo, parsed } = await notificationTo(email);
    expect(parsed.text).toMatch(/respondiendo a este correo/);
    const messageId = `<${randomUUID()}@cliente.test>`;
    const text = '¡Gracias, Ben! Iré el domingo.\n\n-- \nAna Correo\nEnviado desde mi móvil\n\nEl lun, 7 dic 2026 a las 10:00, Comunidad <no-reply@localhost> escribió:\n> Creo que sí, de 9 a 14.\n> Responde a este correo para contestar.\n';
    await reply({ from: email, to: replyTo, text, messageId });
    // The same mail delivered again (a retrying sender) posts nothing more.
    await reply({ from: email, to: replyTo, text, messageId });
    const mine = await repliesBy(thread.id, ana.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.bodyMd).toBe('¡Gracias, Ben! Iré el domingo.');
    expect(mine[0]!.bodyHtml).not.toMatch(/Creo que sí|Ana Correo/);
    expect(await getDb().select().from(inboundReplies).where(eq(inboundReplies.userId, ana.id))).toMatchObject([{ status: 'published', target: `thread:${thread.id}` }]);
  });

  it('sanitises HTML with scripts like any post, and keeps images through the upload checks', async () => {
    const { ana, thread, email } = await threadScene();
    const { replyTo } = await notificationTo(email);
    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 200 } } }).png().toBuffer();
    await reply({
      from: email,
      to: replyTo,
      html: '<p>Mirad la foto <b>del horario</b><script>alert("x")</script><img src="x" onerror="alert(1)"></p>',
      attachments: [{ filename: 'horario.png', content: png }],
    });
    const mine = await repliesBy(thread.id, ana.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.bodyMd).toMatch(/Mirad la foto/);
    expect(mine[0]!.bodyHtml).not.toMatch(/<script|onerror|alert/);
    expect(await getDb().select().from(attachments).where(eq(attachments.postId, mine[0]!.id))).toHaveLength(1);
  });

  it('on a complaint: a comment; the author writing PRIVADO first sends it to the private case; personal data is held', async () => {
    const { lists, laura } = await complaintScene();
    const filed = await freshComplaint(lists);
    const [author] = await getDb().select().from(users).where(eq(users.id, filed.author.id));
    await say(laura, filed.id, 'official_reply');
    const { replyTo } = await notificationTo(author!.email);
    const events = () => getDb().select().from(complaintEvents).where(and(eq(complaintEvents.complaintId, filed.id), eq(complaintEvents.actorId, filed.author.id)));

    await reply({ from: author!.email, to: replyTo, text: 'Gracias por la respuesta, espero noticias.' });
    await reply({ from: author!.email, to: replyTo, text: 'PRIVADO\nMi número de socio es el 4411 y mi DNI 12345678Z.' });
    const written = await events();
    const comment = written.find((e) => e.kind === 'comment');
    expect(comment).toMatchObject({ visibility: 'public', bodyMd: 'Gracias por la respuesta, espero noticias.' });
    const privately = written.find((e) => e.kind === 'private_message');
    expect(privately).toMatchObject({ visibility: 'private' });
    expect(privately!.bodyMd).toMatch(/12345678Z/);
    expect(written.filter((e) => e.visibility === 'public').map((e) => e.bodyMd ?? '').join()).not.toMatch(/12345678Z/);

    // In public, personal data is held, and the author is mailed a link to decide.
    await getDb().delete(mailOutbox).where(eq(mailOutbox.category, 'reply_held'));
    await reply({ from: author!.email, to: replyTo, text: 'Llamadme al 612 345 678 cuando podáis.' });
    expect((await events()).filter((e) => e.kind === 'comment')).toHaveLength(1);
    const [held] = await getDb().select().from(inboundReplies).where(and(eq(inboundReplies.userId, filed.author.id), eq(inboundReplies.status, 'held')));
    expect(held!.heldBody).toBe('Llamadme al 612 345 678 cuando podáis.');
    const told = await getDb().select().from(mailOutbox).where(and(eq(mailOutbox.category, 'reply_held'), eq(mailOutbox.userId, filed.author.id)));
    expect(told).toHaveLength(1);
    sink.received.length = 0;
    await runMailWorker();
    expect(sink.received.map((m) => m.raw.replace(/=\r?\n/g, '')).join()).toContain(`/replies/${held!.id}`);

    // Only its author may decide; they publish it without the data, once however often they press.
    const stranger = actorOf(await createUser('member'));
    await expect(decideHeldReply({ actor: stranger, input: { id: held!.id, decision: 'remove' } })).rejects.toBeInstanceOf(NotFound);
    await decideHeldReply({ actor: filed.author, input: { id: held!.id, decision: 'remove' } });
    await expect(decideHeldReply({ actor: filed.author, input: { id: held!.id, decision: 'remove' } })).rejects.toBeInstanceOf(Conflict);
    const comments = (await events()).filter((e) => e.kind === 'comment');
    expect(comments).toHaveLength(2);
    expect(comments[1]!.bodyMd).toMatch(/^Llamadme al .+ cuando podáis\.$/);
    expect(comments[1]!.bodyMd).not.toMatch(/612/);
    const [settled] = await getDb().select().from(inboundReplies).where(eq(inboundReplies.id, held!.id));
    expect(settled).toMatchObject({ status: 'published', heldBody: null });
  });
});

describe('a reply is refused with a bounce that says why', () => {
  it('for a forged, unknown or expired token, another sender, an auto-reply, a suspended sender and an oversized message', async () => {
    const { email, ana, thread } = await threadScene();
    const { replyTo } = await notificationTo(email);
    const token = replyTo.slice('reply+'.length, replyTo.indexOf('@'));
    const forgedToken = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');
    const forged = await refused({ from: email, to: `reply+${forgedToken}@respuestas.test`, text: 'Hola' });
    expect(forged.code).toBe(550);
    expect(forged.text).toMatch(/5\.7\.1 Esta direccion de respuesta no es valida/);
    const unknown = await refused({ from: email, to: `reply+${replyToken(randomUUID())}@respuestas.test`, text: 'Hola' });
    expect(unknown).toMatchObject({ code: 550 });
    expect(unknown.text).toMatch(/5\.1\.1/);
    expect((await refused({ from: email, to: 'otra@respuestas.test', text: 'Hola' })).text).toMatch(/5\.1\.1/);

    const other = await refused({ from: 'impostor@otro.test', to: replyTo, text: 'Soy Ana, de verdad' });
    expect(other.code).toBe(550);
    expect(other.text).toMatch(/pertenece a otra persona/);
    const auto = await refused({ from: email, to: replyTo, text: 'Estoy de vacaciones hasta el lunes.', headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(auto.text).toMatch(/respuestas automaticas/);
    expect((await refused({ from: email, to: replyTo, text: 'Lista', headers: { Precedence: 'bulk' } })).code).toBe(550);
    const big = await refused({ from: email, to: replyTo, text: 'Foto', attachments: [{ filename: 'grande.bin', content: Buffer.alloc(11 * 1024 * 1024, 7) }] });
    expect(big.code).toBe(552);

    await getDb().update(users).set({ status: 'suspended', statusUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, ana.id));
    expect((await refused({ from: email, to: replyTo, text: 'Hola' })).text).toMatch(/suspendida/);
    await getDb().update(users).set({ status: 'active', statusUntil: null }).where(eq(users.id, ana.id));

    await getDb().update(mailOutbox).set({ createdAt: new Date(Date.now() - 31 * 86_400_000) }).where(eq(mailOutbox.userId, ana.id));
    expect((await refused({ from: email, to: replyTo, text: 'Hola' })).text).toMatch(/caducado/);

    // Nothing of it was posted.
    expect(await repliesBy(thread.id, ana.id)).toEqual([]);
  });
});
