import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox, notifications, sanctions } from '@/db/schema';
import type { Brand } from '@/lib/brand/queries';
import { getEnv } from '@/lib/env';
import type { translatorFor } from '@/lib/i18n/translator';
import { isActive, type Actor } from '@/lib/policy';
import type { MailContent } from './compose';

type OutboxRow = typeof mailOutbox.$inferSelect;
type Translate = ReturnType<typeof translatorFor>;

/**
 * A sanction or its lifting, told by e-mail to the person whatever their standing: what, why (the
 * reason the moderator wrote for them), until when, and whether they may appeal. Read from the sanction
 * row at sending time, so a lifting that came first is what they read. Null when there is nothing left.
 */
export async function composeAccountMail(row: OutboxRow, user: Actor, brand: Brand, t: Translate): Promise<Omit<MailContent, 'unsubscribe'> | null> {
  if (!row.notificationId) return null;
  const [notice] = await getDb()
    .select({ kind: notifications.kind, sanction: sanctions })
    .from(notifications)
    .innerJoin(sanctions, eq(sanctions.id, notifications.sanctionId))
    .where(and(eq(notifications.id, row.notificationId), eq(notifications.userId, user.id)))
    .limit(1);
  if (!notice) return null;
  const s = notice.sanction;
  const appUrl = getEnv().APP_URL;
  const kind = t(`moderation.subject.${s.kind}`);
  const footer = t('account.mail.footer', { community: brand.name });
  if (notice.kind === 'sanction_lifted') {
    return {
      subject: t('account.mail.lifted.subject', { community: brand.name, kind }),
      heading: t('account.mail.lifted.heading', { kind }),
      paragraphs: [t(isActive(user) ? 'account.mail.lifted.active' : 'account.mail.lifted.stillKept')],
      action: { label: t('account.mail.open'), url: `${appUrl}/` },
      footer,
    };
  }
  const keptOut = s.kind === 'suspension' || s.kind === 'ban';
  // Kept out without an appeal, they cannot sign in: a button would lead to a closed door.
  const where = keptOut ? (s.appealable ? `${appUrl}/account-status` : null) : `${appUrl}/moderation#sanction-${s.id}`;
  return {
    subject: t('account.mail.sanction.subject', { community: brand.name, kind }),
    heading: s.endsAt ? t(`account.mail.sanction.until.${s.kind === 'silence' ? 'silence' : 'suspension'}`, { until: s.endsAt }) : t(`account.mail.sanction.heading.${s.kind}`),
    paragraphs: [t('account.reason', { reason: s.reason }), t(s.appealable ? 'account.mail.sanction.appeal' : 'account.mail.sanction.noAppeal')],
    ...(where ? { action: { label: t(s.appealable ? 'account.mail.sanction.openAppeal' : 'account.mail.open'), url: where } } : {}),
    footer,
  };
}
