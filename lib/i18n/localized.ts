import type { Locale } from './config';

/**
 * Content a manager writes in both languages (welcome text, categories, branches, templates, group
 * descriptions): English readers get the English text, or the Spanish when nobody wrote one.
 */
export function localized(es: string, en: string, locale: Locale | string): string {
  return locale === 'en' && en.trim() !== '' ? en : es;
}
