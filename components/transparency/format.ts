import { getFormatter, getTranslations } from 'next-intl/server';
import { durationParts } from './duration';

/** The page's number formats in the reader's language; null stays null (shown as "not enough data"). */
export async function figureFormat() {
  const [t, format] = await Promise.all([getTranslations('transparency'), getFormatter()]);
  const decimal = (v: number) => format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const or = (fn: (v: number) => string) => (v: number | null) => (v === null ? null : fn(v));
  return {
    count: (v: number) => format.number(v),
    percent: or((v) => format.number(v, { style: 'percent', maximumFractionDigits: 0 })),
    rating: or((v) => t('outOf', { value: decimal(v), max: 5 })),
    index: or((v) => t('outOf', { value: decimal(v), max: 10 })),
    duration: or((seconds) => {
      const d = durationParts(seconds);
      switch (d.unit) {
        case 'lessThanMinute':
          return t('duration.lessThanMinute');
        case 'minutes':
          return t('duration.minutes', { minutes: d.minutes });
        case 'hours':
          return d.minutes === 0 ? t('duration.hours', { hours: d.hours }) : t('duration.hoursMinutes', { hours: d.hours, minutes: d.minutes });
        case 'days':
          return t('duration.days', { days: d.days });
      }
    }),
  };
}

export type FigureFormat = Awaited<ReturnType<typeof figureFormat>>;
