import { directMail } from '@/lib/mail/direct-mail';

/** To every manager, when an endpoint that failed for three days was turned off. */
export const queueEndpointDisabledMail = directMail('webhook_disabled', ({ t, brand, appUrl }, { url }) => ({
  subject: t('webhooks.mail.disabled.subject', { community: brand.name }),
  heading: t('webhooks.mail.disabled.heading'),
  paragraphs: [t('webhooks.mail.disabled.body', { url: url ?? '' })],
  action: { label: t('webhooks.mail.disabled.action'), url: `${appUrl}/admin/integrations/webhooks` },
}));
