import { getLocale, getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import { AGE_BUCKETS } from '@/lib/metrics/tables';

/** Names of priorities, age buckets, categories and branches in the reader's language, for the tables and their CSV. */
export async function tableLabels() {
  const [t, tc, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('complaints'), getLocale()]);
  return {
    named: (es: string, en: string) => localized(es, en, locale),
    priority: (p: string) => tc(`priority.${p}`),
    age: (i: number) => {
      const [from, to] = AGE_BUCKETS[i]!;
      return to === null ? t('age.over', { days: from / 24 }) : from === 0 ? t('age.under', { hours: to }) : t('age.between', { from: from / 24, to: to / 24 });
    },
    header: (key: string) => t(`columns.${key}`),
    caption: (name: string) => t(`tables.${name}`),
  };
}
