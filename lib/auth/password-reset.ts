import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { passwordResets, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { Gone } from '@/lib/errors';
import { sendBrandedMail } from '@/lib/mail/send-branded';
import { disconnectUser } from '@/lib/realtime/publish';
import { consume } from '@/lib/security/rate-limit';
import { newLinkToken, sha256 } from '@/lib/security/tokens';
import { emailField, passwordField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { hashPassword } from './password';

const RESET_TTL_MS = 60 * 60 * 1000;

/** The same answer whether the address exists or not; only a real member receives a link. */
export async function requestPasswordReset({ input: raw, ip }: { input: { email: string }; ip: string }): Promise<void> {
  const { email } = parseInput(z.object({ email: emailField }), raw);
  await consume('passwordReset', ip);
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user) return;
  const { token, hash } = newLinkToken();
  await db.insert(passwordResets).values({ userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_TTL_MS) });
  await sendBrandedMail(user.email, user.locale, ({ t, brand, appUrl }) => ({
    subject: t('mail.reset.subject', { community: brand.name }),
    heading: t('mail.reset.heading'),
    paragraphs: [t('mail.reset.body', { name: user.displayName }), t('mail.reset.ignore')],
    action: { label: t('mail.reset.action'), url: `${appUrl}/reset-password/${token}` },
  }));
}

async function usableReset(token: string) {
  const [row] = await getDb()
    .select()
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
    .limit(1);
  return row ?? null;
}

/** For the reset page: is this link still good? */
export async function resetLinkIsUsable(token: string): Promise<boolean> {
  return (await usableReset(token)) !== null;
}

/** Sets the new password, spends the link, and signs the account out everywhere. */
export async function resetPassword({ input: raw }: { input: { token: string; password: string } }): Promise<void> {
  const { token, password } = parseInput(z.object({ token: z.string().min(1).max(200), password: passwordField }), raw);
  const passwordHash = await hashPassword(password);
  const userId = await getDb().transaction(async (tx) => {
    // Marking it used in the same statement that checks it means a link works exactly once.
    const [spent] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
      .returning({ userId: passwordResets.userId });
    if (!spent) throw new Gone('auth.reset.invalidLink');
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, spent.userId));
    await recordAudit(tx, { actorId: spent.userId, action: 'account.password_reset', targetType: 'user', targetId: spent.userId });
    return spent.userId;
  });
  disconnectUser(userId);
}
