import { directMail } from '@/lib/mail/direct-mail';

export const queueInvitationMail = directMail('invitation', ({ t, brand, appUrl }, { code, inviter }) => ({
  subject: t('mail.invitation.subject', { community: brand.name }),
  heading: t('mail.invitation.heading', { community: brand.name }),
  paragraphs: [t('mail.invitation.body', { inviter: inviter ?? brand.name, code: code ?? '' })],
  action: { label: t('mail.invitation.action'), url: `${appUrl}/join/${encodeURIComponent(code ?? '')}` },
}));
