import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PublishLegalForm } from '@/components/privacy/settings-forms';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { currentDocuments, documentHistory, LEGAL_KINDS } from '@/lib/privacy/legal';
import { privacyDeskAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy.legal'))('title') };
}

export default async function LegalDocumentsPage() {
  await requirePermission('publish:legal_document');
  const [t, tp, format, current, history] = await Promise.all([getTranslations('privacy.legal'), getTranslations('privacy'), getFormatter(), currentDocuments(), documentHistory()]);
  const texts = Object.fromEntries(current.map((d) => [d.kind, { es: d.bodyMdEs, en: d.bodyMdEn }]));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <BackLink href="/admin/privacy" label={tp('desk.title')}>
        {tp('desk.detail.back')}
      </BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-zinc-800">{t('intro')}</p>
      </div>
      <Card>
        <PublishLegalForm action={privacyDeskAction} kinds={LEGAL_KINDS} current={texts} />
      </Card>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-lg font-semibold">
          {t('history')}
        </h2>
        {history.length === 0 ? (
          <p className="text-zinc-800">{t('none')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
            {history.map((d) => (
              <li key={d.id} className="flex flex-col gap-1 p-4">
                <span className="font-semibold">
                  {t(`kinds.${d.kind}`)} · {t('version', { version: d.version })}
                </span>
                <span className="text-sm text-zinc-700">
                  {d.publishedBy ? t('publishedOn', { date: format.dateTime(d.publishedAt, { dateStyle: 'long' }), name: d.publishedBy }) : t('publishedOnBy', { date: format.dateTime(d.publishedAt, { dateStyle: 'long' }) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
