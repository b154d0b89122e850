import { type Brand, loadBrand } from '@/lib/brand/queries';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { composeMail, type MailContent } from './compose';
import { sendMail } from './transport';

interface MailContext {
  t: ReturnType<typeof translatorFor>;
  brand: Brand;
  appUrl: string;
}

/** Every e-mail: in the recipient's language (else the community's), in the brand, with the footer. */
export async function sendBrandedMail(
  to: string,
  locale: Locale | null,
  build: (ctx: MailContext) => Omit<MailContent, 'footer'>,
): Promise<void> {
  const brand = await loadBrand();
  const t = translatorFor(locale ?? brand.defaultLocale);
  const content = build({ t, brand, appUrl: getEnv().APP_URL });
  await sendMail(composeMail(to, brand, { ...content, footer: t('mail.footer', { community: brand.name }) }));
}
