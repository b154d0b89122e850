import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** In the member's settings: their standing, the decisions about their content and their reports. */
export async function MyModerationLink() {
  const t = await getTranslations('moderation.mine');
  return (
    <>
      <h2 className="mb-1 text-lg font-semibold">{t('title')}</h2>
      <p className="mb-2 text-sm text-zinc-700">{t('intro')}</p>
      <Link href="/moderation" className="font-semibold text-brand-ink underline">
        {t('open')}
      </Link>
    </>
  );
}
