export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es';
export const LOCALE_COOKIE = 'tertulia_locale';
// Dates are shown in the community's own time; a Spanish club lives on Madrid time.
export const TIME_ZONE = 'Europe/Madrid';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// next-intl's getLocale() and useLocale() answer one of ours.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
  }
}
