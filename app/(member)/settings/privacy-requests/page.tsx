import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClockBadge } from '@/components/privacy/clock-badge';
import { MemberRequestForm } from '@/components/privacy/request-forms';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { myRequests } from '@/lib/privacy/queries';
import { REQUEST_KINDS } from '@/lib/privacy/requests';
import { privacyRequestAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy.request'))('title') };
}

export default async function PrivacyRequestsPage() {
  const user = await requireMember();
  const [t, tp, ts, format, mine] = await Promise.all([getTranslations('privacy.request'), getTranslations('privacy'), getTranslations('settings'), getFormatter(), myRequests(user)]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <BackLink href="/settings" label={ts('title')}>
        {ts('title')}
      </BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-zinc-800">{t('intro')}</p>
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('formTitle')}</h2>
        <MemberRequestForm action={privacyRequestAction} idempotencyKey={randomUUID()} kinds={REQUEST_KINDS} />
      </Card>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading" className="mb-2 text-lg font-semibold">
          {t('mine')}
        </h2>
        {mine.length === 0 ? (
          <p className="text-zinc-800">{t('none')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {mine.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold">
                    {tp('number', { number: r.number })} · {tp(`shortKinds.${r.kind}`)} · {tp(`statuses.${r.status}`)}
                  </span>
                  <ClockBadge clock={r.clock} dueAt={r.dueAt} closedAt={r.resolvedAt} />
                </div>
                <span className="text-sm text-zinc-700">{t('received', { date: format.dateTime(r.receivedAt, { dateStyle: 'long' }) })}</span>
                {r.resolution ? (
                  <p className="text-sm break-words whitespace-pre-line text-zinc-800">
                    <strong>{t('answer')}:</strong> {r.resolution}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
