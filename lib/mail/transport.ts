import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logging/logger';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

const g = globalThis as unknown as { __tertuliaMail?: Transporter };

function transporter(): Transporter {
  const env = getEnv();
  // Without SMTP the message is built exactly as it would be sent and kept as an .eml file.
  g.__tertuliaMail ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return g.__tertuliaMail;
}

export function mailDir(): string {
  return path.resolve(getEnv().DATA_DIR, 'mail');
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const env = getEnv();
  const info = await transporter().sendMail({ from: env.MAIL_FROM, ...mail });
  if (!env.SMTP_URL) {
    await mkdir(mailDir(), { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
    await writeFile(path.join(mailDir(), name), (info as unknown as { message: Buffer }).message);
  }
  // The message id only: addresses are personal data and stay out of the logs.
  logger.info({ messageId: info.messageId }, 'mail sent');
}
