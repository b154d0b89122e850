import type { ReactNode } from 'react';
import { type ClientArea, clientMessages } from '@/lib/i18n/client-messages';
import { TIME_ZONE } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/locale';
import { IntlProvider } from './intl';

/** Hands the client components below only their area's messages, compiled (a nested provider replaces the outer one's). */
export async function ClientMessages({ area, children }: { area: ClientArea; children: ReactNode }) {
  const locale = await resolveLocale();
  return (
    <IntlProvider locale={locale} timeZone={TIME_ZONE} messages={clientMessages(area, locale)}>
      {children}
    </IntlProvider>
  );
}
