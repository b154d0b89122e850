import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClockBadge } from '@/components/privacy/clock-badge';
import { LetterRequestForm } from '@/components/privacy/request-forms';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { DESK_FILTERS, type DeskFilter, deskRequests, overdueCount } from '@/lib/privacy/queries';
import { REQUEST_KINDS } from '@/lib/privacy/requests';
import { privacyDeskAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy.desk'))('title') };
}

type Props = { searchParams: Promise<{ filter?: string }> };

export default async function PrivacyDeskPage({ searchParams }: Props) {
  const user = await requirePermission('view:privacy_desk');
  const asked = (await searchParams).filter;
  const filter: DeskFilter = DESK_FILTERS.find((f) => f === asked) ?? 'live';
  const now = new Date();
  const [t, tp, rows, overdue] = await Promise.all([getTranslations('privacy.desk'), getTranslations('privacy'), deskRequests(user, filter, now), overdueCount(now)]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-prose text-zinc-800">{t('intro')}</p>
      </div>
      {overdue > 0 ? (
        <Alert tone="error">
          <Link href="/admin/privacy?filter=overdue" className="font-semibold underline">
            {t('overdueBanner', { count: overdue })}
          </Link>
        </Alert>
      ) : null}
      <nav aria-label={t('filters')}>
        <ul className="flex flex-wrap gap-2">
          {DESK_FILTERS.map((f) => (
            <li key={f}>
              <Link
                href={`/admin/privacy?filter=${f}`}
                aria-current={f === filter ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-semibold ${f === filter ? 'border-brand bg-brand text-brand-fg' : 'border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-100'}`}
              >
                {t(`filter.${f}`)}
                {f === 'overdue' && overdue > 0 ? <span className="ml-2 rounded-full bg-red-700 px-2 text-xs text-white">{overdue}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="text-zinc-800">{t(`empty.${filter}`)}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" data-testid="privacy-requests">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="flex min-w-0 flex-col gap-1">
                <Link href={`/admin/privacy/${r.id}`} className="font-semibold text-brand-ink underline-offset-4 hover:underline">
                  {tp('number', { number: r.number })} · {tp(`shortKinds.${r.kind}`)}
                </Link>
                <span className="text-sm break-words text-zinc-800">
                  {r.subjectName} · {tp(`statuses.${r.status}`)} · {r.assigneeName ?? t('unassigned')}
                </span>
              </div>
              <ClockBadge clock={r.clock} dueAt={r.dueAt} closedAt={r.resolvedAt} />
            </li>
          ))}
        </ul>
      )}
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t('letter.title')}</h2>
        <p className="mb-3 text-sm text-zinc-700">{t('letter.intro')}</p>
        <LetterRequestForm action={privacyDeskAction} idempotencyKey={randomUUID()} kinds={REQUEST_KINDS} today={now.toISOString().slice(0, 10)} />
      </Card>
      <nav aria-label={t('title')}>
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/admin/privacy/terms" className="inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
              {t('sections.terms')}
            </Link>
          </li>
          <li>
            <Link href="/admin/privacy/retention" className="inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
              {t('sections.retention')}
            </Link>
          </li>
          <li>
            <Link href="/staff/minors" className="inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
              {t('sections.minors')}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
