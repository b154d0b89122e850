import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { getEnv } from '@/lib/env';
import { isLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { logger } from '@/lib/logging/logger';
import { addresseeOf, REFUSALS, type RefusalCode, receiveReply, ReplyRefused } from './receive';

/** A reply larger than this is refused at once (SIZE in EHLO, 552 after DATA). */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

// Enhanced status codes (RFC 3463) per refusal.
const ENHANCED: Record<RefusalCode, string> = {
  not_reply_address: '5.1.1',
  unknown: '5.1.1',
  forged: '5.7.1',
  expired: '5.7.1',
  other_recipient: '5.7.1',
  auto_reply: '5.7.1',
  suspended: '5.7.1',
  too_large: '5.3.4',
  empty: '5.6.0',
  not_allowed: '5.7.1',
  invalid: '5.6.0',
  rate_limited: '4.7.1',
};

// SMTP replies travel as plain ASCII: the sentence in the recipient's language, accents folded.
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '');

/** The sender's mail system turns this into the bounce the person reads: code, and why in words. */
export function smtpError(refusal: ReplyRefused): Error & { responseCode: number } {
  const locale = refusal.locale && isLocale(refusal.locale) ? refusal.locale : 'es';
  const t = translatorFor(locale);
  const text = `${ENHANCED[refusal.code]} ${ascii(t(`replyByMail.refusals.${refusal.code}`))}`;
  return Object.assign(new Error(text), { responseCode: REFUSALS[refusal.code] });
}

function asRefusal(e: unknown): ReplyRefused | null {
  return e instanceof ReplyRefused ? e : null;
}

/**
 * The inbound SMTP listener for replies by e-mail. Recipients are checked at RCPT TO (a forged or
 * unknown address is refused before any data is sent); each message is parsed, and its reply posted,
 * before the server answers 250, so a refused reply is a bounce that says why.
 */
export async function startInboundSmtp(opts: { port: number; host?: string } = { port: getEnv().INBOUND_SMTP_PORT ?? 2525, host: getEnv().INBOUND_SMTP_HOST }) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    banner: 'Tertulia replies',
    onRcptTo(address, _session, callback) {
      addresseeOf(address.address)
        .then(() => callback())
        .catch((e: unknown) => {
          const refusal = asRefusal(e);
          if (!refusal) logger.error({ err: e instanceof Error ? e.message : String(e) }, 'reply address check failed');
          callback(refusal ? smtpError(refusal) : Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 }));
        });
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(new ReplyRefused('too_large')));
        void handle(Buffer.concat(chunks), session.envelope.rcptTo.map((r) => r.address)).then(
          () => callback(),
          (e: unknown) => callback(e as Error),
        );
      });
    },
  });
  server.on('error', (e) => logger.warn({ err: e.message }, 'inbound smtp error'));
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host, resolve));
  const port = (server.server.address() as AddressInfo).port;
  logger.info({ port }, 'replies by e-mail: listening');
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function handle(raw: Buffer, recipients: string[]): Promise<void> {
  const mail = await simpleParser(raw);
  for (const recipient of recipients) {
    try {
      await receiveReply(recipient, mail);
    } catch (e) {
      const refusal = asRefusal(e);
      if (refusal) throw smtpError(refusal);
      logger.error({ err: e instanceof Error ? e.message : String(e) }, 'reply by e-mail failed');
      throw Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });
    }
  }
}
