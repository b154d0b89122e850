import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { type ClientArea, clientMessages } from '@/lib/i18n/client-messages';
import { resolveLocale } from '@/lib/i18n/locale';

/** Hands the client components below only their area's messages (a nested provider replaces the outer one's). */
export async function ClientMessages({ area, children }: { area: ClientArea; children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(area, await resolveLocale())}>{children}</NextIntlClientProvider>;
}
