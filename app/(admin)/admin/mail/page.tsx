import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { RetryMailButton } from '@/components/notifications/retry-mail-button';
import { Button } from '@/components/ui/button';
import { NewerOlderNav } from '@/components/ui/newer-older-nav';
import { requireRole } from '@/lib/auth/session';
import { listOutbox, MAIL_STATUSES, type OutboxItem } from '@/lib/mail/queries';
import { SKIP_REASONS } from '@/lib/mail/notification-mail';
import { mailMode } from '@/lib/mail/transport';
import { retryMailAction } from './actions';
import { ACCOUNT_CATEGORY, asCategory } from '@/lib/notifications/categories';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mailOutbox'))('title') };
}

const TONE: Record<string, string> = {
  sent: 'border-green-700 text-green-900',
  failed: 'border-red-700 bg-red-50 text-red-900',
  pending: 'border-amber-700 text-amber-900',
  sending: 'border-sky-700 text-sky-900',
  skipped: 'border-zinc-500 text-zinc-800',
};

type Props = { searchParams: Promise<{ status?: string; after?: string }> };

export default async function MailOutboxPage({ searchParams }: Props) {
  const user = await requireRole('manager');
  const { status, after } = await searchParams;
  const [t, settings, direct, format, page] = await Promise.all([
    getTranslations('mailOutbox'),
    getTranslations('notificationSettings'),
    getTranslations('directMail.categories'),
    getFormatter(),
    listOutbox(user, { status, cursor: after }),
  ]);
  const mode = mailMode();
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'medium' });
  const categoryName = (c: string, digest: boolean) => {
    const category = asCategory(c);
    if (digest) return t('digestCategory');
    if (c === ACCOUNT_CATEGORY) return t('accountCategory');
    if (category) return settings(`categories.${category}.title`);
    return direct.has(c) ? direct(c as Parameters<typeof direct>[0]) : c;
  };
  // A skipped message's reason has words; any other last error is shown as the server gave it.
  const skipLabel = (m: OutboxItem) => {
    const reason = m.status === 'skipped' ? SKIP_REASONS.find((r) => r === m.lastError) : undefined;
    return reason ? t(`skip.${reason}`) : null;
  };
  const facts = (m: OutboxItem): [string, string][] => [
    [t('category'), categoryName(m.category, m.digest)],
    [t('attempts'), String(m.attempts)],
    [t('created'), when(m.createdAt)],
    ...(m.sentAt ? [[t('sent'), when(m.sentAt)] as [string, string]] : m.retryable ? [[t('next'), when(m.nextAttemptAt)] as [string, string]] : []),
  ];
  const withStatus = (extra: string) => `/admin/mail?${new URLSearchParams({ ...(status ? { status } : {}), ...(extra ? { after: extra } : {}) })}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-800">{mode.smtp ? t('modeSmtp') : t('modeFiles', { dir: mode.dir })}</p>
      <form className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filter')}
          <select name="status" defaultValue={status ?? ''} className="min-h-11 rounded-md border border-zinc-400 bg-white px-3">
            <option value="">{t('filterAll')}</option>
            {MAIL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {t('apply')}
        </Button>
      </form>
      {page.items.length === 0 ? (
        <p className="text-zinc-800">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {page.items.map((m) => (
            <li key={m.id} id={`mail-${m.id}`} className="rounded-lg border border-zinc-200 bg-white px-4 py-3">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className={`rounded-full border px-2 text-xs font-semibold ${TONE[m.status]}`}>{t(`status.${m.status}`)}</span>
                <span className="font-semibold">{m.recipientName}</span>
                <span className="break-all text-sm text-zinc-700">{m.recipientEmail}</span>
              </div>
              <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                {facts(m).map(([label, value]) => (
                  <div key={label} className="flex gap-2">
                    <dt className="font-medium text-zinc-700">{label}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
              {m.lastError ? (
                <p className="mt-1 text-sm">
                  <span className="font-medium text-zinc-700">{t('lastError')}: </span>
                  {skipLabel(m) ?? <code className="break-all font-mono text-xs">{m.lastError}</code>}
                </p>
              ) : null}
              {m.retryable ? (
                <div className="mt-3">
                  <RetryMailButton id={m.id} action={retryMailAction} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <NewerOlderNav
        label={t('title')}
        newest={after ? { href: withStatus(''), text: t('newest') } : null}
        older={page.nextCursor ? { href: withStatus(page.nextCursor), text: t('older') } : null}
      />
    </div>
  );
}
