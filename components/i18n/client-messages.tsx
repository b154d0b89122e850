import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type ClientArea, clientMessages } from '@/lib/i18n/client-messages';
import { TIME_ZONE } from '@/lib/i18n/config';
import { IntlProvider } from './intl';

/** Hands the client components below only their area's messages, compiled (a nested provider replaces the outer one's). */
export async function ClientMessages({ area, children }: { area: ClientArea; children: ReactNode }) {
  // The request's language, as app/i18n-request.ts resolved it for next-intl.
  const locale = await getLocale();
  return (
    <IntlProvider locale={locale} timeZone={TIME_ZONE} messages={clientMessages(area, locale)}>
      {children}
    </IntlProvider>
  );
}
