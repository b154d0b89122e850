import { createTranslator } from 'next-intl';
import { type Locale, TIME_ZONE } from './config';
import { MESSAGES } from './messages';

/** Translations outside React (e-mails, jobs), in the recipient's language. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
}
