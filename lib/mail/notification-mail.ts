import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox, users } from '@/db/schema';
import { isActive } from '@/lib/policy';
import { loadBrand } from '@/lib/brand/queries';
import { getEnv } from '@/lib/env';
import { translatorFor } from '@/lib/i18n/translator';
import { ACCOUNT_CATEGORY, asCategory, DIGEST_CATEGORY } from '@/lib/notifications/categories';
import { channelOf } from '@/lib/notifications/preferences';
import { digestNotifications, type NotificationItem, notificationFor } from '@/lib/notifications/queries';
import { notificationText, type Translate } from '@/lib/notifications/text';
import { composeAccountMail } from './account-mail';
import { composeMail, type MailContent } from './compose';
import type { OutgoingMail } from './transport';
import { replyAddress } from '@/lib/inbound/token';
import { unsubscribeToken } from './unsubscribe-token';

type OutboxRow = typeof mailOutbox.$inferSelect;

/** Why a queued message was not sent: shown to managers in the outbox, never an error. */
export const SKIP_REASONS = ['recipient_inactive', 'not_visible', 'already_read', 'preference_changed', 'nothing_left'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** The Message-ID of an outbox row never changes, so a resend after a crash is the same message to the receiver. */
/** Notifications one may answer by replying to the e-mail: a post in the thread, or a comment on the complaint. */
const REPLYABLE: Partial<Record<NotificationItem['kind'], 'thread' | 'complaint'>> = {
  reply: 'thread',
  mention: 'thread',
  quote: 'thread',
  complaint_reply: 'complaint',
  complaint_status: 'complaint',
  complaint_progress: 'complaint',
  complaint_solution: 'complaint',
  complaint_incident_update: 'complaint',
};

export function messageIdOf(outboxId: string): string {
  return `<${outboxId}@${new URL(getEnv().APP_URL).hostname}>`;
}

/**
 * The message as its recipient must read it at the moment of sending: in their language, about what
 * they may still see, and only if they still want it. Composed here rather than when queued, so that
 * leaving a private group or a deleted thread stops the mail, and no title travels that should not.
 */
export async function composeOutboxMail(row: OutboxRow): Promise<OutgoingMail | { skip: SkipReason }> {
  if (!row.userId) return { skip: 'recipient_inactive' };
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, locale: users.locale, role: users.role, status: users.status, statusUntil: users.statusUntil, statusReason: users.statusReason })
    .from(users)
    .where(eq(users.id, row.userId));
  if (!user) return { skip: 'recipient_inactive' };
  const brand = await loadBrand();
  const t = translatorFor(user.locale ?? brand.defaultLocale);
  if (row.category === ACCOUNT_CATEGORY) {
    const content = await composeAccountMail(row, user, brand, t);
    return content ? { ...composeMail(user.email, brand, content), messageId: messageIdOf(row.id) } : { skip: 'nothing_left' };
  }
  if (!isActive(user)) return { skip: 'recipient_inactive' };
  const appUrl = getEnv().APP_URL;
  const translate = t as unknown as Translate;
  const say = (item: NotificationItem) => notificationText((key, values) => translate(`notifications.${key}`, values), item, t('notifications.someone'), (code) => translate(`moderation.subject.${code}`, {}));

  let content: Omit<MailContent, 'footer' | 'unsubscribe'>;
  let replyTo: string | null = null;
  if (row.digestDay) {
    const items = await digestNotifications(user, row.id);
    if (items.length === 0) return { skip: 'nothing_left' };
    content = {
      subject: t('notificationMail.digest.subject', { community: brand.name, count: items.length }),
      heading: t('notificationMail.digest.heading'),
      paragraphs: [t('notificationMail.digest.intro', { count: items.length })],
      list: items.map((item) => ({ label: say(item), url: appUrl + item.href })),
      action: { label: t('notificationMail.digest.open'), url: `${appUrl}/notifications` },
    };
  } else {
    const item = row.notificationId ? await notificationFor(user, row.notificationId) : null;
    if (!item) return { skip: 'not_visible' };
    if (item.read) return { skip: 'already_read' };
    const category = asCategory(row.category);
    if (!category || (await channelOf(getDb(), user.id, category)) !== 'immediate') return { skip: 'preference_changed' };
    const text = say(item);
    const url = appUrl + item.href;
    // Confirming or rejecting happens on the complaint page, signed in: the e-mail only leads there.
    const answerable = REPLYABLE[item.kind];
    replyTo = answerable ? replyAddress(row.id) : null;
    const solution = item.kind === 'complaint_solution' ? `${appUrl}${item.href.replace(/#.*$/, '')}#solution` : null;
    content = {
      subject: text,
      heading: text,
      paragraphs: [
        t('notificationMail.single.why', { category: t(`notificationSettings.categories.${category}.title`) }),
        ...(replyTo && answerable ? [t(`replyByMail.hint.${answerable}`)] : []),
      ],
      action: solution ? { label: t('notificationMail.single.confirm'), url: solution } : { label: t('notificationMail.single.open'), url },
      moreActions: solution ? [{ label: t('notificationMail.single.reject'), url: solution }] : [],
    };
  }
  const unsubscribe = `${appUrl}/unsubscribe/${unsubscribeToken(row.id)}`;
  const mail = composeMail(user.email, brand, {
    ...content,
    footer: t('notificationMail.footer', { community: brand.name }),
    unsubscribe: { label: row.category === DIGEST_CATEGORY ? t('notificationMail.digest.unsubscribe') : t('notificationMail.single.unsubscribe'), url: unsubscribe },
  });
  return {
    ...mail,
    messageId: messageIdOf(row.id),
    ...(replyTo ? { replyTo } : {}),
    // RFC 8058: a mail client may unsubscribe with one POST to this address, without opening a page.
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
