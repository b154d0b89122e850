import { createTranslator } from 'next-intl';
import { type Locale, TIME_ZONE } from './config';
import { MESSAGES } from './messages';

/** Translations outside React (e-mails, jobs), in the recipient's language. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
}

/** For keys built at run time (the sentence of an audit action): the same translator, its keys checked by tests rather than the compiler. */
export interface DynamicTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export function dynamicTranslatorFor(locale: Locale): DynamicTranslator {
  return translatorFor(locale) as unknown as DynamicTranslator;
}
