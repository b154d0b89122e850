import { getRequestConfig } from 'next-intl/server';
import { getBrand } from '@/lib/brand/queries';
import { TIME_ZONE } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/locale';
import { MESSAGES } from '@/lib/i18n/messages';

// next-intl's request configuration (next.config.ts): once per request, the reader's language, which
// falls back on the language the manager chose for the community.
export default getRequestConfig(async () => {
  const locale = await resolveLocale(async () => (await getBrand()).defaultLocale);
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
