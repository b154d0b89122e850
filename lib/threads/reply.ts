import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { posts } from '@/db/schema';
import type { Actor } from '@/lib/auth/policy';
import { Forbidden, Invalid } from '@/lib/errors';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { consume } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/verb';
import { announceActivity } from './events';
import type { PostDto } from './dto';
import { bodyField, idempotencyKeyField, imagesField, uuidField } from './fields';
import { storePostImages } from './images';
import { loadPost } from './post-dtos';
import { canReply } from './rules';
import { requireThread } from './thread-access';
import { writePost } from './write-post';
import { holdForReview, screenPost } from '@/lib/moderation/screen';
import { assertCanWrite } from '@/lib/moderation/standing';

const input = z.object({
  threadId: uuidField,
  body: bodyField,
  quotedPostId: z.union([z.literal(''), uuidField]).optional().transform((v) => v || null),
  idempotencyKey: idempotencyKeyField,
  images: imagesField,
});

export type ReplyInput = z.input<typeof input>;

const postByKey = async (authorId: string, key: string) =>
  (await getDb().select({ id: posts.id }).from(posts).where(and(eq(posts.authorId, authorId), eq(posts.idempotencyKey, key))).limit(1))[0];

/** A reply, optionally quoting another post of the same thread. A repeated submit returns the first reply. */
export async function replyToThread({ actor, input: raw }: { actor: Actor; input: ReplyInput }): Promise<PostDto> {
  assertCanWrite(actor);
  const data = parseInput(input, raw);
  const { thread, group, viewer } = await requireThread(actor, data.threadId, 'post');
  if (thread.hiddenReason) throw new Forbidden('moderation.errors.hiddenThread');
  if (!canReply(viewer, thread.locked)) throw new Forbidden('threads.errors.locked');
  const existing = await postByKey(actor.id, data.idempotencyKey);
  if (existing) return (await loadPost(existing.id))!;
  let quoted: { id: string; authorId: string } | null = null;
  if (data.quotedPostId) {
    const [row] = await getDb()
      .select({ id: posts.id, authorId: posts.authorId, deletedAt: posts.deletedAt })
      .from(posts)
      .where(and(eq(posts.id, data.quotedPostId), eq(posts.threadId, thread.id)))
      .limit(1);
    if (!row || row.deletedAt) throw new Invalid({ quotedPostId: ['threads.errors.quoteGone'] });
    quoted = row;
  }
  const screened = await screenPost(actor, { body: data.body });
  await consume('post', actor.id);
  const images = await storePostImages(data.images);
  const written = await getDb().transaction(async (tx) => {
    const done = await writePost(tx, { threadId: thread.id, authorId: actor.id, body: screened.body, quoted, images, idempotencyKey: data.idempotencyKey, isFirst: false }, group);
    if (done && screened.hold) done.notified.push(...(await holdForReview(tx, { targetType: 'post', targetId: done.post.id, groupId: group.id, authorId: actor.id }, screened.hold)));
    return done;
  });
  // A concurrent twin with the same key wrote it.
  if (!written) return (await loadPost((await postByKey(actor.id, data.idempotencyKey))!.id))!;
  const dto = (await loadPost(written.post.id))!;
  publish(rooms.thread(thread.id), 'post:created', dto);
  announceActivity(group.id, thread.id, written.notified);
  return dto;
}
