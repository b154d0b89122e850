import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { mailOutbox, users } from '@/db/schema';
import { type Brand, loadBrand } from '@/lib/brand/queries';
import { getEnv } from '@/lib/env';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { composeMail, type MailContent } from './compose';
import { messageIdOf } from './notification-mail';
import { seal, unseal } from './sealed';
import type { OutgoingMail } from './transport';
import { wakeMailWorker } from './wake';

export interface MailContext {
  t: ReturnType<typeof translatorFor>;
  brand: Brand;
  appUrl: string;
}

type Values = Record<string, string | null>;
type Builder = (ctx: MailContext, values: Values) => Omit<MailContent, 'footer'>;

/** Who receives it: a member (their address and language as they are when it is sent), or an address. */
export type Recipient = { userId: string } | { address: string; locale: Locale | null };

// Filled by each area's mail module at load (lib/registrations); globalThis, as the worker runs in server.ts.
const g = globalThis as unknown as { __tertuliaDirectMail?: Map<string, Builder> };
const builders = (g.__tertuliaDirectMail ??= new Map());

/**
 * A transactional mail (not a notification): queued in the outbox inside the transaction of its cause,
 * so it is sent, retried and shown in /admin/mail like every other, whatever SMTP is doing when it is
 * asked for. Returns the function a verb calls with its transaction.
 */
export function directMail(kind: string, build: Builder) {
  builders.set(kind, build);
  const row = (to: Recipient, values: Values, notBefore?: Date) => ({
    ...('userId' in to ? { userId: to.userId } : { toAddress: to.address }),
    category: kind,
    sealedValues: seal({ ...values, locale: 'userId' in to ? null : to.locale }),
    ...(notBefore ? { nextAttemptAt: notBefore } : {}),
  });
  // `notBefore` paces a large batch (a roster's invitations) to what the SMTP server accepts.
  const queue = async (tx: Tx, to: Recipient, values: Values, afterCommit: (fn: () => void) => void, notBefore?: Date): Promise<void> => {
    await tx.insert(mailOutbox).values(row(to, values, notBefore));
    afterCommit(wakeMailWorker);
  };
  /** Many messages of this kind in one statement (the caller wakes the mailer after its commit). */
  const queueMany = async (tx: Tx, mails: { to: Recipient; values: Values; notBefore?: Date }[]): Promise<void> => {
    if (mails.length > 0) await tx.insert(mailOutbox).values(mails.map((m) => row(m.to, m.values, m.notBefore)));
  };
  return Object.assign(queue, { many: queueMany });
}

type OutboxRow = typeof mailOutbox.$inferSelect;

/** The message of a transactional outbox row, in the brand and language of the moment it is sent. */
export async function composeDirectMail(row: OutboxRow & { sealedValues: string }): Promise<OutgoingMail> {
  const build = builders.get(row.category);
  if (!build) throw new Error(`no mail registered for ${row.category}`);
  // `to`: an address sealed with the values, for the one mail that outlives it (the erasure's confirmation).
  const { locale, to, ...values } = unseal(row.sealedValues) as Values;
  const [member] = row.userId ? await getDb().select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, row.userId)) : [];
  const address = to ?? member?.email ?? row.toAddress;
  if (!address) throw new Error('recipient is gone');
  const brand = await loadBrand();
  const language = member?.locale ?? (isLocale(locale) ? locale : null) ?? brand.defaultLocale;
  const t = translatorFor(language);
  const content = build({ t, brand, appUrl: getEnv().APP_URL }, values);
  return { ...composeMail(address, brand, { ...content, footer: t('mail.footer', { community: brand.name }) }), messageId: messageIdOf(row.id) };
}
