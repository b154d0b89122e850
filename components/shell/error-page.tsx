import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { getBrand } from '@/lib/brand/queries';
import { BrandMark } from './brand-mark';

/** Branded 403 and 404: says what happened, leaks nothing about what is behind it. */
export async function ErrorPage({ kind }: { kind: 'notFound' | 'forbidden' }) {
  const [t, brand] = await Promise.all([getTranslations(`errorPages.${kind}`), getBrand()]);
  return (
    <>
      <header className="on-brand bg-brand text-brand-fg">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 font-semibold">
          <BrandMark brand={brand} size={32} />
          {brand.name}
        </div>
      </header>
      <main id="main" className="mx-auto flex max-w-lg flex-col items-start gap-4 px-4 py-16">
        <p className="text-sm font-semibold text-brand-ink">{kind === 'notFound' ? '404' : '403'}</p>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-zinc-700">{t('body')}</p>
        <Link href="/" className={buttonClass('primary')}>
          {t('home')}
        </Link>
      </main>
    </>
  );
}
