import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { attachments, groups, postMentions, posts, threadReads, threads } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown/render';
import { followOnWrite, threadFollowers } from '@/lib/notifications/thread-follows';
import { type Hold, holdForReview } from '@/lib/moderation/screen';
import { announceNotifications, type NewNotification } from '@/lib/notifications/write';
import type { GroupWithAccess } from '@/lib/groups/access';
import type { VerbContext } from '@/lib/verb';

type WriteContext = Pick<VerbContext, 'tx' | 'notify' | 'afterCommit'>;
import { resolveMentions } from './mentions';
import type { StoredImage } from './images';

export interface PostDraft {
  threadId: string;
  authorId: string;
  body: string;
  quoted: { id: string; authorId: string } | null;
  images: StoredImage[];
  idempotencyKey: string;
  isFirst: boolean;
}

/** Renders the body with its mentions marked; the people named come back for notifications. */
export async function renderPostBody(tx: Tx, body: string, group: GroupWithAccess) {
  const mentioned = await resolveMentions(tx, body, group);
  return { mentioned, bodyHtml: renderMarkdown(body, { mentions: mentioned.map((m) => m.displayName) }) };
}

/**
 * One post with everything that comes with it, inside the verb's transaction: mentions, images,
 * the thread's and group's counters, the author's own reading, and who must be told.
 * Returns null when the same idempotency key already wrote a post.
 */
export async function writePost({ tx, notify }: WriteContext, draft: PostDraft, group: GroupWithAccess) {
  const { mentioned, bodyHtml } = await renderPostBody(tx, draft.body, group);
  const [post] = await tx
    .insert(posts)
    .values({ threadId: draft.threadId, authorId: draft.authorId, bodyMd: draft.body, bodyHtml, quotedPostId: draft.quoted?.id ?? null, idempotencyKey: draft.idempotencyKey })
    .onConflictDoNothing({ target: [posts.authorId, posts.idempotencyKey] })
    .returning();
  if (!post) return null;
  if (mentioned.length > 0) await tx.insert(postMentions).values(mentioned.map((m) => ({ postId: post.id, userId: m.id })));
  if (draft.images.length > 0) await tx.insert(attachments).values(draft.images.map((img) => ({ ...img, postId: post.id, uploaderId: draft.authorId })));
  await tx
    .update(threads)
    .set({ lastPostAt: post.createdAt, replyCount: draft.isFirst ? sql`${threads.replyCount}` : sql`${threads.replyCount} + 1` })
    .where(sql`${threads.id} = ${draft.threadId}`);
  await tx
    .update(groups)
    .set({ lastActivityAt: post.createdAt, threadCount: draft.isFirst ? sql`${groups.threadCount} + 1` : sql`${groups.threadCount}` })
    .where(sql`${groups.id} = ${group.id}`);
  await tx
    .insert(threadReads)
    .values({ userId: draft.authorId, threadId: draft.threadId, lastReadAt: post.createdAt })
    .onConflictDoUpdate({ target: [threadReads.userId, threadReads.threadId], set: { lastReadAt: post.createdAt } });
  const about = { actorId: draft.authorId, groupId: group.id, threadId: draft.threadId, postId: post.id };
  const named: NewNotification[] = [
    ...(draft.quoted ? [{ ...about, userId: draft.quoted.authorId, kind: 'quote' as const }] : []),
    ...mentioned.map((m) => ({ ...about, userId: m.id, kind: 'mention' as const })),
  ];
  // Followers hear of the reply once: someone also quoted or mentioned in it gets that notice instead.
  const told = new Set(named.map((n) => n.userId));
  const followers = draft.isFirst ? [] : (await threadFollowers(tx, draft.threadId, draft.authorId)).filter((id) => !told.has(id));
  const wanted: NewNotification[] = [...named, ...followers.map((userId) => ({ ...about, userId, kind: 'reply' as const }))];
  await followOnWrite(tx, draft.threadId, draft.authorId);
  await notify(wanted);
  return post;
}

/** What the screening held waits in the review queue; the moderators it told hear of it after commit. */
export async function holdWritten(ctx: WriteContext, item: Parameters<typeof holdForReview>[1], hold: Hold): Promise<void> {
  const told = await holdForReview(ctx.tx, item, hold);
  ctx.afterCommit(() => announceNotifications(told));
}
