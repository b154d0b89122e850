import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logging/logger';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** Where a reply goes: the signed reply address of a notification one may answer by e-mail. */
  replyTo?: string;
  /** A stable Message-ID (outbox messages): a resend after a crash is recognisably the same message. */
  messageId?: string;
}

const g = globalThis as unknown as { __tertuliaMail?: { url: string | undefined; transporter: Transporter } };

function transporter(): Transporter {
  const url = getEnv().SMTP_URL;
  if (g.__tertuliaMail?.url !== url || !g.__tertuliaMail) {
    // Without SMTP the message is built exactly as it would be sent and kept as an .eml file. Short
    // timeouts: a server that hangs must fail the attempt, not hold the mail worker for minutes.
    const transport = url
      ? nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } satisfies SMTPTransport.Options)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    g.__tertuliaMail = { url, transporter: transport };
  }
  return g.__tertuliaMail.transporter;
}

export function mailDir(): string {
  return path.resolve(getEnv().DATA_DIR, 'mail');
}

/** Delivery mode, for the admin outbox: an SMTP server, or files in DATA_DIR/mail. */
export function mailMode(): { smtp: boolean; dir: string } {
  return { smtp: Boolean(getEnv().SMTP_URL), dir: mailDir() };
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const env = getEnv();
  const info = await transporter().sendMail({ from: env.MAIL_FROM, ...mail });
  if (!env.SMTP_URL) {
    await mkdir(mailDir(), { recursive: true });
    // One file per message id: writing the same outbox message twice leaves one file.
    const name = mail.messageId
      ? `${mail.messageId.replace(/[^A-Za-z0-9.@-]/g, '')}.eml`
      : `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
    await writeFile(path.join(mailDir(), name), (info as unknown as { message: Buffer }).message);
  }
  // The message id only: addresses are personal data and stay out of the logs. Debug level: the
  // outbox (/admin/mail) is the record of what was sent; one line per message is only noise.
  logger.debug({ messageId: info.messageId }, 'mail sent');
}
