import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { loadBrand } from '@/lib/brand/queries';
import { getEnv } from '@/lib/env';
import { translatorFor } from '@/lib/i18n/translator';
import { composeMail } from '@/lib/mail/compose';
import { sendMail } from '@/lib/mail/transport';

export async function sendInvitationMail(to: string, code: string, inviterId: string): Promise<void> {
  const brand = await loadBrand();
  const [inviter] = await getDb().select({ name: users.displayName }).from(users).where(eq(users.id, inviterId));
  const t = translatorFor(brand.defaultLocale);
  const url = `${getEnv().APP_URL}/join/${encodeURIComponent(code)}`;
  await sendMail(
    composeMail(to, brand, {
      subject: t('mail.invitation.subject', { community: brand.name }),
      heading: t('mail.invitation.heading', { community: brand.name }),
      paragraphs: [t('mail.invitation.body', { inviter: inviter?.name ?? brand.name, code })],
      action: { label: t('mail.invitation.action'), url },
      footer: t('mail.footer', { community: brand.name }),
    }),
  );
}
