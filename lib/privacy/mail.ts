import type { Tx } from '@/db/client';
import type { users } from '@/db/schema';
import { directMail } from '@/lib/mail/direct-mail';

const queue = directMail('privacy_erased', ({ t, brand }, { mode }) => ({
  subject: t('privacy.mail.erased.subject', { community: brand.name }),
  heading: t('privacy.mail.erased.heading'),
  paragraphs: [t(mode === 'delete_content' ? 'privacy.mail.erased.deleted' : 'privacy.mail.erased.anonymised'), t('privacy.mail.erased.blocked')],
}));

/**
 * The confirmation that the erasure ran. The account's address is gone by the time the mailer sends
 * it, so the address travels sealed (encrypted) with the message, and nowhere else.
 */
export function queueErasedMail(tx: Tx, person: typeof users.$inferSelect, mode: string, afterCommit: (fn: () => void) => void) {
  return queue(tx, { userId: person.id }, { to: person.email, mode }, afterCommit);
}
