import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALES } from '@/lib/i18n/config';

/** The server action that remembers the chosen language (for the account, or in a cookie for a visitor). */
export type SwitchLocale = (formData: FormData) => Promise<void>;

/** Works without JavaScript: each language is a submit button. */
export async function LocaleSwitcher({ action, tone = 'light' }: { action: SwitchLocale; tone?: 'light' | 'brand' }) {
  const [t, current] = await Promise.all([getTranslations('locale'), getLocale()]);
  const base = tone === 'brand' ? 'text-brand-fg' : 'text-zinc-800';
  return (
    <form action={action} className="flex items-center gap-1 text-sm" aria-label={t('label')}>
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
