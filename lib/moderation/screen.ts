import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { moderationSettings, posts, reviewItems, threads, watchedWords } from '@/db/schema';
import { type Actor, hasRole } from '@/lib/policy';
import { Invalid } from '@/lib/errors';
import { type NewNotification, writeNotifications } from '@/lib/notifications/write';
import { detectPii } from '@/lib/pii';
import { moderatorNotices } from './staff-notice';
import { applyWatchedWords } from './words';

export interface Hold {
  source: 'watched_word' | 'first_post' | 'personal_data';
  detail: string | null;
  /** Out of public view until a moderator approves it; personal data only queues (most findings are false alarms). */
  hide: boolean;
}

export interface Screened {
  title: string | undefined;
  body: string;
  hold: Hold | null;
}

// How much an automatic hold weighs in the queue next to reports (one ordinary report weighs 1).
const HOLD_WEIGHT: Record<Hold['source'], number> = { personal_data: 2, watched_word: 1.5, first_post: 1 };

async function inFirstPosts(authorId: string): Promise<boolean> {
  const db = getDb();
  const [settings] = await db.select({ n: moderationSettings.firstPostsHeld }).from(moderationSettings).where(eq(moderationSettings.id, 1)).limit(1);
  const n = settings?.n ?? 0;
  if (n === 0) return false;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(posts)
    .where(
      and(
        eq(posts.authorId, authorId),
        isNull(posts.deletedAt),
        or(isNull(posts.hiddenReason), ne(posts.hiddenReason, 'held')),
        // The first post of a thread held whole is still waiting too.
        sql`not exists (select 1 from ${threads} where ${threads.id} = ${posts.threadId} and ${threads.hiddenReason} = 'held')`,
      ),
    );
  return (row?.count ?? 0) < n;
}

/**
 * The automatic rules, before a member's post is written: watched words (block refuses, replace
 * rewrites, hold sends to review), a new account's first posts held for review, and personal data
 * sent to the queue. Staff write for the company and are not screened.
 */
export async function screenPost(actor: Actor, text: { title?: string; body: string }): Promise<Screened> {
  if (hasRole(actor, 'staff')) return { ...text, title: text.title, hold: null };
  const words = await getDb().select({ term: watchedWords.term, action: watchedWords.action, replacement: watchedWords.replacement }).from(watchedWords);
  const body = applyWatchedWords(text.body, words);
  const title = text.title === undefined ? undefined : applyWatchedWords(text.title, words);
  const blocked = body.blocked ?? title?.blocked;
  if (blocked) throw new Invalid({ [body.blocked ? 'body' : 'title']: ['moderation.errors.blockedWord'] });
  const screened = { title: title?.text, body: body.text };
  const held = body.held ?? title?.held;
  if (held) return { ...screened, hold: { source: 'watched_word', detail: held, hide: true } };
  if (await inFirstPosts(actor.id)) return { ...screened, hold: { source: 'first_post', detail: null, hide: true } };
  const kinds = [...new Set(detectPii(`${screened.title ?? ''}\n${screened.body}`).map((f) => f.kind))];
  if (kinds.length > 0) return { ...screened, hold: { source: 'personal_data', detail: kinds.join(', '), hide: false } };
  return { ...screened, hold: null };
}

/** Inside the post's transaction: out of view if the rule says so, into the queue, and the moderators told. */
export async function holdForReview(
  tx: Tx,
  item: { targetType: 'post' | 'thread'; targetId: string; groupId: string; authorId: string },
  hold: Hold,
): Promise<NewNotification[]> {
  if (hold.hide) {
    const held = { hiddenReason: 'held' as const, hiddenAt: new Date() };
    if (item.targetType === 'post') await tx.update(posts).set(held).where(eq(posts.id, item.targetId));
    else await tx.update(threads).set(held).where(eq(threads.id, item.targetId));
  }
  await tx.insert(reviewItems).values({ ...item, holdSource: hold.source, holdDetail: hold.detail, weight: HOLD_WEIGHT[hold.source] });
  return writeNotifications(tx, item.authorId, await moderatorNotices(tx));
}
