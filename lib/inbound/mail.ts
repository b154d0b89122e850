import { directMail } from '@/lib/mail/direct-mail';

/** To the author of a reply by e-mail that the personal-data guard held: a link to decide what to publish. */
export const queueHeldReplyMail = directMail('reply_held', ({ t, brand, appUrl }, { replyId }) => ({
  subject: t('replyByMail.held.subject', { community: brand.name }),
  heading: t('replyByMail.held.heading'),
  paragraphs: [t('replyByMail.held.body')],
  action: { label: t('replyByMail.held.action'), url: `${appUrl}/replies/${replyId ?? ''}` },
}));
