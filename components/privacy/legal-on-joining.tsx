import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';

export interface LegalDocumentView {
  id: string;
  kind: 'terms' | 'privacy';
  version: number;
  bodyHtmlEs: string;
  bodyHtmlEn: string;
}

/** Under the join form: what creating the account accepts, each document readable in place. */
export async function LegalDocumentsOnJoining({ locale, docs }: { locale: Locale; docs: LegalDocumentView[] }) {
  const [t, tl] = await Promise.all([getTranslations('privacy'), getTranslations('privacy.legal')]);
  if (docs.length === 0) return null;
  return (
    <div className="mt-4 flex flex-col gap-2 border-t border-zinc-200 pt-4 text-sm text-zinc-700">
      <p>{t('joining')}</p>
      {docs.map((d) => (
        <details key={d.id}>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-ink underline">{t('accept.documentTitle', { kind: tl(`kinds.${d.kind}`), version: d.version })}</summary>
          <div className="prose prose-zinc prose-post mt-2 max-w-none" dangerouslySetInnerHTML={{ __html: locale === 'en' ? d.bodyHtmlEn : d.bodyHtmlEs }} />
        </details>
      ))}
    </div>
  );
}
