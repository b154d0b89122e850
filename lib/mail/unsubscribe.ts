import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox, notificationPreferences } from '@/db/schema';
import { type Category, CATEGORIES, DIGEST_CATEGORY } from '@/lib/notifications/categories';
import { channelsFor } from '@/lib/notifications/preferences';
import { Gone, NotFound } from '@/lib/errors';
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
export async function unsubscribe({ token }: { token: string }): Promise<{ category: string }> {
  const id = readUnsubscribeToken(token);
  if (!id) throw new NotFound();
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(mailOutbox).where(eq(mailOutbox.id, id)).for('update');
    if (!row) throw new NotFound();
    if (row.unsubscribedAt) throw new Gone('unsubscribe.used');
    const channelOf = await channelsFor(tx, [row.userId]);
    const categories: Category[] =
      row.category === DIGEST_CATEGORY ? CATEGORIES.filter((c) => channelOf(row.userId, c) === 'digest') : CATEGORIES.filter((c) => c === row.category);
    for (const category of categories)
      await tx
        .insert(notificationPreferences)
        .values({ userId: row.userId, category, channel: 'in_app' })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.category], set: { channel: 'in_app', updatedAt: sql`now()` } });
    await tx.update(mailOutbox).set({ unsubscribedAt: new Date() }).where(eq(mailOutbox.id, id));
    return { category: row.category };
  });
}
