import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CancelErasure, ErasureForm } from '@/components/privacy/erasure-form';
import { ExportRequest } from '@/components/privacy/export-request';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { pendingErasure } from '@/lib/privacy/erase';
import { myExports } from '@/lib/privacy/export';
import { cancelErasureAction, requestErasureAction, requestExportAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy'))('title') };
}

export default async function PrivacyPage() {
  const user = await requireMember();
  const [t, settings, format, exports, erasure] = await Promise.all([getTranslations('privacy'), getTranslations('settings'), getFormatter(), myExports(user), pendingErasure(user)]);
  const size = (bytes: number | null) => format.number((bytes ?? 0) / 1024 / 1024, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) + ' MB';
  const working = exports.items.some((e) => e.status === 'queued' || e.status === 'building');
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <BackLink href="/settings" label={settings('title')}>
        {settings('title')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-800">{t('intro')}</p>

      <Card id="exports">
        <h2 className="mb-2 text-lg font-semibold">{t('export.title')}</h2>
        <p className="mb-2 max-w-prose text-sm text-zinc-800">{t('export.body')}</p>
        <p className="mb-4 max-w-prose text-sm text-zinc-700">{t('export.limit')}</p>
        <ExportRequest action={requestExportAction} canRequest={exports.canRequest} />
        <h3 className="mt-6 mb-2 text-base font-semibold">{t('export.listTitle')}</h3>
        {exports.items.length === 0 ? (
          <p className="text-sm text-zinc-700">{t('export.empty')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-200">
            {exports.items.map((e) => (
              <li key={e.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex min-w-0 flex-col gap-1">
                  <span className="text-sm text-zinc-700">{t('export.requestedOn', { date: e.createdAt })}</span>
                  <span className="font-medium" data-export-status={e.status}>
                    {e.status === 'ready' && e.expiresAt ? t('export.status.ready', { until: e.expiresAt }) : t(`export.status.${e.status}`, { progress: e.progress })}
                  </span>
                  {e.status === 'building' || e.status === 'queued' ? (
                    <progress className="h-2 w-full max-w-xs accent-[var(--brand)]" max={100} value={e.progress} aria-label={t('export.progressLabel')} />
                  ) : null}
                </div>
                {e.status === 'ready' ? (
                  <a href={`/settings/privacy/exports/${e.id}`} download className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-4 font-semibold text-brand-fg hover:opacity-90">
                    {t('export.download', { size: size(e.bytes) })}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {working ? (
          <Link href="/settings/privacy#exports" className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
            {t('export.refresh')}
          </Link>
        ) : null}
      </Card>

      <Card id="erase">
        <h2 className="mb-2 text-lg font-semibold">{t('erase.title')}</h2>
        {erasure ? (
          <div className="flex flex-col gap-3">
            <p className="font-medium" role="status">
              {t('erase.pending', { date: erasure.runAfter, mode: t(erasure.mode === 'anonymise' ? 'erase.pendingModeAnonymise' : 'erase.pendingModeDelete') })}
            </p>
            <CancelErasure action={cancelErasureAction} />
          </div>
        ) : (
          <>
            <p className="mb-4 max-w-prose text-sm text-zinc-800">{t('erase.body')}</p>
            <ErasureForm action={requestErasureAction} />
          </>
        )}
      </Card>
    </div>
  );
}
