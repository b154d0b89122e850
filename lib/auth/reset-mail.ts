import { directMail } from '@/lib/mail/direct-mail';

/** The link is in the sealed values: only the mail carries it, the table keeps its hash elsewhere. */
export const queueResetMail = directMail('password_reset', ({ t, brand, appUrl }, { token, name }) => ({
  subject: t('mail.reset.subject', { community: brand.name }),
  heading: t('mail.reset.heading'),
  paragraphs: [t('mail.reset.body', { name: name ?? '' }), t('mail.reset.ignore')],
  action: { label: t('mail.reset.action'), url: `${appUrl}/reset-password/${token}` },
}));
