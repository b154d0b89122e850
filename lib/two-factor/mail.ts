import { directMail } from '@/lib/mail/direct-mail';

/** Told by e-mail, in their language: a manager removed their second factor and signed them out. */
export const queueResetNotice = directMail('two_factor_reset', ({ t, brand, appUrl }, { name }) => ({
  subject: t('twoFactor.mail.resetSubject', { community: brand.name }),
  heading: t('twoFactor.mail.resetHeading'),
  paragraphs: [t('twoFactor.mail.resetBody', { name: name ?? '' }), t('twoFactor.mail.resetNotYou')],
  action: { label: t('twoFactor.mail.resetAction'), url: `${appUrl}/settings/security` },
}));
