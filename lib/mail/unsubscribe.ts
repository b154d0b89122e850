import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { mailOutbox, notificationPreferences } from '@/db/schema';
import { Gone, NotFound } from '@/lib/errors';
import { type Category, CATEGORIES, DIGEST_CATEGORY } from '@/lib/notifications/categories';
import { channelsFor } from '@/lib/notifications/preferences';
import { definePublicVerb } from '@/lib/verb';
import { readUnsubscribeToken } from './unsubscribe-token';

export type UnsubscribeLink = { state: 'invalid' } | { state: 'used' } | { state: 'ready'; category: string };

/** What the confirmation page shows; looking changes nothing (mail scanners open links too). */
export async function inspectUnsubscribe(token: string): Promise<UnsubscribeLink> {
  const id = readUnsubscribeToken(token);
  if (!id) return { state: 'invalid' };
  const [row] = await getDb().select({ category: mailOutbox.category, unsubscribedAt: mailOutbox.unsubscribedAt }).from(mailOutbox).where(eq(mailOutbox.id, id));
  if (!row) return { state: 'invalid' };
  return row.unsubscribedAt ? { state: 'used' } : { state: 'ready', category: row.category };
}

/**
 * The one-click unsubscribe (RFC 8058) and the page's button. The signed token is the authority: no
 * session needed, as a mail client posts it on its own. One message's link works once; the category it
 * was about moves to the bell only (for a digest: every category that chose the digest).
 * Throws NotFound for a tampered link and Gone for a used one; neither changes anything.
 */
export const unsubscribe = definePublicVerb({
  name: 'mail.unsubscribe',
  input: z.object({ token: z.string().max(200) }),
  load: async (db, { token }) => {
    const id = readUnsubscribeToken(token);
    const [row] = id ? await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).for('update') : [];
    // Transactional mails (no member, or a password reset) carry no unsubscribe link.
    if (!row?.userId || row.sealedValues) throw new NotFound();
    if (row.unsubscribedAt) throw new Gone('unsubscribe.used');
    return { ...row, userId: row.userId };
  },
  run: async (ctx, _, row): Promise<{ category: string }> => {
    const channelOf = await channelsFor(ctx.tx, [row.userId]);
    const categories: Category[] =
      row.category === DIGEST_CATEGORY ? CATEGORIES.filter((c) => channelOf(row.userId, c) === 'digest') : CATEGORIES.filter((c) => c === row.category);
    for (const category of categories)
      await ctx.tx
        .insert(notificationPreferences)
        .values({ userId: row.userId, category, channel: 'in_app' })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.category], set: { channel: 'in_app', updatedAt: sql`now()` } });
    await ctx.tx.update(mailOutbox).set({ unsubscribedAt: ctx.now }).where(eq(mailOutbox.id, row.id));
    return { category: row.category };
  },
});
