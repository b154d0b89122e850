import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import EmailReplyParser from 'email-reply-parser';
import type { ParsedMail } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import { getDb } from '@/db/client';
import { complaints, inboundReplies, mailOutbox, notifications, users } from '@/db/schema';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { DomainError, Forbidden, Invalid, NotFound, RateLimited } from '@/lib/errors';
import { logger } from '@/lib/logging/logger';
import { wakeMailWorker } from '@/lib/mail/wake';
import { type Actor, isActive } from '@/lib/policy';
import { replyToThread } from '@/lib/threads/reply';
import { queueHeldReplyMail } from './mail';
import { readReplyAddress } from './token';

/** A reply address works this long after its mail was queued. */
export const REPLY_WINDOW_DAYS = 30;
export const MAX_REPLY_IMAGES = 4;

/** Why a reply was refused: each has its SMTP code and a sentence for the bounce (lib/inbound/server.ts). */
export const REFUSALS = {
  not_reply_address: 550,
  forged: 550,
  unknown: 550,
  expired: 550,
  other_recipient: 550,
  auto_reply: 550,
  suspended: 550,
  too_large: 552,
  empty: 550,
  not_allowed: 550,
  invalid: 550,
  rate_limited: 451,
} as const;
export type RefusalCode = keyof typeof REFUSALS;

export class ReplyRefused extends Error {
  constructor(
    public readonly code: RefusalCode,
    /** The recipient's language, when the token named them, for the bounce's words. */
    public readonly locale: string | null = null,
  ) {
    super(`reply refused: ${code}`);
  }
}

export type ReplyTarget = { kind: 'thread'; id: string } | { kind: 'complaint'; id: string; authorId: string };

export interface ReplyAddressee {
  outboxId: string;
  user: typeof users.$inferSelect;
  target: ReplyTarget;
}

/**
 * Who a reply address stands for, checked as soon as the envelope names it (RCPT TO): signed by us, a
 * message that exists, not expired, about a thread or a complaint.
 */
export async function addresseeOf(recipient: string, now = new Date()): Promise<ReplyAddressee> {
  const read = readReplyAddress(recipient);
  if ('refused' in read) throw new ReplyRefused(read.refused);
  const [row] = await getDb()
    .select({ outbox: mailOutbox, user: users, notification: notifications })
    .from(mailOutbox)
    .innerJoin(users, eq(users.id, mailOutbox.userId))
    .leftJoin(notifications, eq(notifications.id, mailOutbox.notificationId))
    .where(eq(mailOutbox.id, read.outboxId));
  if (!row) throw new ReplyRefused('unknown');
  if (now.getTime() - row.outbox.createdAt.getTime() > REPLY_WINDOW_DAYS * 86_400_000) throw new ReplyRefused('expired', row.user.locale);
  const n = row.notification;
  let target: ReplyTarget | null = null;
  if (n?.complaintId) {
    const [c] = await getDb().select({ authorId: complaints.authorId }).from(complaints).where(eq(complaints.id, n.complaintId));
    if (c) target = { kind: 'complaint', id: n.complaintId, authorId: c.authorId };
  } else if (n?.threadId) target = { kind: 'thread', id: n.threadId };
  if (!target) throw new ReplyRefused('unknown', row.user.locale);
  return { outboxId: row.outbox.id, user: row.user, target };
}

const AUTO_SUBMITTED = (v: unknown) => typeof v === 'string' && v.trim().toLowerCase() !== 'no';
const BULK = /^(bulk|junk|list|auto_reply)$/i;

/** An out-of-office answer, a list's copy, a bounce: none of them is a person writing. */
export function isAutomatic(mail: ParsedMail): boolean {
  const h = mail.headers;
  const precedence = h.get('precedence');
  return (
    AUTO_SUBMITTED(h.get('auto-submitted')) ||
    (typeof precedence === 'string' && BULK.test(precedence.trim())) ||
    h.has('x-autoreply') ||
    h.has('x-autorespond') ||
    String(h.get('content-type') ?? '').includes('multipart/report')
  );
}

// "PRIVADO" or "PRIVATE" alone on the first line sends the reply to the complaint's private case.
const PRIVATE_MARK = /^\s*(privado|private)\s*[:.!]?\s*(\r?\n|$)/i;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** An HTML-only mail's words: every tag dropped (scripts and styles with their content), lines kept. */
export function htmlText(html: string): string {
  const lined = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6]|tr|blockquote)>/gi, '\n');
  const bare = sanitizeHtml(lined, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'title', 'head'] });
  return bare.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m).replace(/\n{3,}/g, '\n\n');
}

/** What the person wrote: the text part (or the HTML's text), without the quoted history and the signature. */
export function replyText(mail: ParsedMail): { body: string; private: boolean } {
  const raw = (mail.text ?? (mail.html ? htmlText(mail.html) : '')).replace(/\r\n/g, '\n');
  const visible = new EmailReplyParser().read(raw).getVisibleText().trim();
  // Signatures the parser leaves: "-- " and the phones' "Sent from my …".
  const unsigned = visible
    .split(/\n-- ?\n/)[0]!
    .replace(/\n+(Enviado desde mi|Sent from my|Get Outlook for) [^\n]*$/i, '')
    .trim();
  const marked = PRIVATE_MARK.test(unsigned);
  return { body: marked ? unsigned.replace(PRIVATE_MARK, '').trim() : unsigned, private: marked };
}

const imagesOf = (mail: ParsedMail): Uint8Array<ArrayBuffer>[] =>
  mail.attachments
    .filter((a) => a.contentType.startsWith('image/'))
    .slice(0, MAX_REPLY_IMAGES)
    .map((a) => new Uint8Array(a.content.buffer.slice(a.content.byteOffset, a.content.byteOffset + a.content.byteLength)) as Uint8Array<ArrayBuffer>);

const fromAddress = (mail: ParsedMail) => mail.from?.value[0]?.address?.toLowerCase() ?? null;

const actorOf = (u: typeof users.$inferSelect): Actor => ({ id: u.id, role: u.role, status: u.status, statusUntil: u.statusUntil, statusReason: u.statusReason });

export type ReplyOutcome = { status: 'published' | 'held' | 'duplicate'; target: string };

/**
 * A reply by e-mail becomes what the person would have written on the page, through the same verb:
 * a post in the thread, a comment on the complaint, or (the complaint's author writing PRIVADO first)
 * a message in its private case. The verbs' own checks hold: the thread's lock, the complaint's state,
 * the rate limit, the sanitizer. A comment with personal data is held, and its author mailed a link.
 * The same mail delivered twice (one Message-ID) makes one post.
 */
export async function receiveReply(recipient: string, mail: ParsedMail, now = new Date()): Promise<ReplyOutcome> {
  const addressee = await addresseeOf(recipient, now);
  const { user, target } = addressee;
  const refuse = (code: RefusalCode) => new ReplyRefused(code, user.locale);
  if (fromAddress(mail) !== user.email.toLowerCase()) throw refuse('other_recipient');
  if (isAutomatic(mail)) throw refuse('auto_reply');
  if (!isActive(user, now)) throw refuse('suspended');
  const { body, private: privately } = replyText(mail);
  if (!body) throw refuse('empty');
  const messageId = (mail.messageId ?? createHash('sha256').update(`${mail.date?.toISOString()}:${body}`).digest('hex')).slice(0, 300);
  // The verbs' idempotency key: the same Message-ID from the same person writes once.
  const idempotencyKey = createHash('sha256').update(`${user.id}:${messageId}`).digest('hex').slice(0, 40);
  const actor = actorOf(user);
  const kind = target.kind === 'complaint' && privately && target.authorId === user.id ? 'private' : target.kind;
  const ref = `${kind}:${target.id}`;
  const [seen] = await getDb().select({ id: inboundReplies.id }).from(inboundReplies).where(and(eq(inboundReplies.userId, user.id), eq(inboundReplies.messageId, messageId)));
  if (seen) return { status: 'duplicate', target: ref };
  try {
    if (kind === 'thread') await replyToThread({ actor, input: { threadId: target.id, body, idempotencyKey, images: imagesOf(mail) } });
    else if (kind === 'private') await sendPrivateMessage({ actor, input: { complaintId: target.id, body, idempotencyKey } });
    else await commentOnComplaint({ actor, input: { complaintId: target.id, body, idempotencyKey } });
  } catch (e) {
    if (e instanceof Invalid && e.message === 'complaints.errors.personalDataFound') return hold(addressee, messageId, ref, body);
    throw refusalFor(e, user.locale);
  }
  await getDb().insert(inboundReplies).values({ outboxId: addressee.outboxId, userId: user.id, messageId, target: ref, status: 'published' }).onConflictDoNothing();
  logger.info({ account: user.id, target: kind }, 'reply by e-mail published');
  return { status: 'published', target: ref };
}

/** The personal-data guard's hold: nothing public yet; the author decides on the page the mail links to. */
async function hold(addressee: ReplyAddressee, messageId: string, ref: string, body: string): Promise<ReplyOutcome> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(inboundReplies)
      .values({ outboxId: addressee.outboxId, userId: addressee.user.id, messageId, target: ref, status: 'held', heldBody: body })
      .onConflictDoNothing()
      .returning({ id: inboundReplies.id });
    if (row) await queueHeldReplyMail(tx, { userId: addressee.user.id }, { replyId: row.id }, () => undefined);
  });
  wakeMailWorker();
  return { status: 'held', target: ref };
}

function refusalFor(e: unknown, locale: string | null): ReplyRefused | unknown {
  if (e instanceof RateLimited) return new ReplyRefused('rate_limited', locale);
  // A locked thread, a closed complaint, a silenced account: what the page would refuse too.
  if (e instanceof Forbidden || e instanceof NotFound) return new ReplyRefused('not_allowed', locale);
  if (e instanceof DomainError) return new ReplyRefused('invalid', locale);
  return e;
}
