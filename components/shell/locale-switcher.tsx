import { getLocale, getTranslations } from 'next-intl/server';
import { switchLocale } from '@/app/actions/locale';
import { LOCALES } from '@/lib/i18n/config';

/** Works without JavaScript: each language is a submit button. */
export async function LocaleSwitcher({ tone = 'light' }: { tone?: 'light' | 'brand' }) {
  const [t, current] = await Promise.all([getTranslations('locale'), getLocale()]);
  const base = tone === 'brand' ? 'text-brand-fg' : 'text-zinc-800';
  return (
    <form action={switchLocale} className="flex items-center gap-1 text-sm" aria-label={t('label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`min-h-11 min-w-11 rounded px-2 font-medium underline-offset-4 ${base} ${locale === current ? 'underline decoration-2' : 'opacity-90 hover:underline'}`}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
