import type { Locale } from '@/lib/i18n/config';
import { sendBrandedMail } from '@/lib/mail/send-branded';

type Kind = 'approved' | 'rejected' | 'alreadyMember';

function send(kind: Kind, to: string, locale: Locale, values: { name?: string; note?: string | null }) {
  return sendBrandedMail(to, locale, ({ t, brand, appUrl }) => {
    const v = { community: brand.name, name: values.name ?? '' };
    return {
      subject: t(`mail.${kind}.subject`, v),
      heading: t(`mail.${kind}.heading`, v),
      paragraphs: [t(`mail.${kind}.body`, v), ...(values.note ? [t('mail.rejected.note', { note: values.note })] : [])],
      action:
        kind === 'rejected'
          ? undefined
          : { label: t(`mail.${kind}.action`), url: kind === 'approved' ? `${appUrl}/sign-in` : `${appUrl}/forgot-password` },
    };
  });
}

export const sendApprovedMail = (to: string, locale: Locale, name: string) => send('approved', to, locale, { name });
export const sendRejectedMail = (to: string, locale: Locale, name: string, note: string | null) =>
  send('rejected', to, locale, { name, note });
export const sendAlreadyMemberMail = (to: string, locale: Locale) => send('alreadyMember', to, locale, {});
