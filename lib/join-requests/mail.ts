import { loadBrand } from '@/lib/brand/queries';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { composeMail } from '@/lib/mail/compose';
import { sendMail } from '@/lib/mail/transport';

type Kind = 'approved' | 'rejected' | 'alreadyMember';

async function send(kind: Kind, to: string, locale: Locale, values: { name?: string; note?: string | null }) {
  const brand = await loadBrand();
  const t = translatorFor(locale);
  const base = getEnv().APP_URL;
  const paragraphs = [t(`mail.${kind}.body`, { community: brand.name, name: values.name ?? '' })];
  if (values.note) paragraphs.push(t('mail.rejected.note', { note: values.note }));
  const action =
    kind === 'rejected'
      ? undefined
      : { label: t(`mail.${kind}.action`), url: kind === 'approved' ? `${base}/sign-in` : `${base}/forgot-password` };
  await sendMail(
    composeMail(to, brand, {
      subject: t(`mail.${kind}.subject`, { community: brand.name }),
      heading: t(`mail.${kind}.heading`, { community: brand.name, name: values.name ?? '' }),
      paragraphs,
      action,
      footer: t('mail.footer', { community: brand.name }),
    }),
  );
}

export const sendApprovedMail = (to: string, locale: Locale, name: string) => send('approved', to, locale, { name });
export const sendRejectedMail = (to: string, locale: Locale, name: string, note: string | null) =>
  send('rejected', to, locale, { name, note });
export const sendAlreadyMemberMail = (to: string, locale: Locale) => send('alreadyMember', to, locale, {});
