import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { sendBrandedMail } from '@/lib/mail/send-branded';

export async function sendInvitationMail(to: string, code: string, inviterId: string): Promise<void> {
  const [inviter] = await getDb().select({ name: users.displayName }).from(users).where(eq(users.id, inviterId));
  await sendBrandedMail(to, null, ({ t, brand, appUrl }) => ({
    subject: t('mail.invitation.subject', { community: brand.name }),
    heading: t('mail.invitation.heading', { community: brand.name }),
    paragraphs: [t('mail.invitation.body', { inviter: inviter?.name ?? brand.name, code })],
    action: { label: t('mail.invitation.action'), url: `${appUrl}/join/${encodeURIComponent(code)}` },
  }));
}
