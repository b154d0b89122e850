import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb } from '@/db/client';
import { posts } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { screenPost } from '@/lib/moderation/screen';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { consume } from '@/lib/security/rate-limit';
import { defineVerb, Replayed } from '@/lib/verb';
import type { PostDto } from './dto';
import { bodyField, idempotencyKeyField, imagesField, uuidField } from './fields';
import { storePostImages } from './images';
import { loadPost } from './post-dtos';
import { requireThread, threadTarget } from './thread-access';
import { holdWritten, writePost } from './write-post';

const input = z.object({
  threadId: uuidField,
  body: bodyField,
  quotedPostId: z.union([z.literal(''), uuidField]).optional().transform((v) => v || null),
  idempotencyKey: idempotencyKeyField,
  images: imagesField,
});

const postByKey = async (db: Executor, authorId: string, key: string) =>
  (await db.select({ id: posts.id }).from(posts).where(and(eq(posts.authorId, authorId), eq(posts.idempotencyKey, key))).limit(1))[0];

/** A reply, optionally quoting another post of the same thread. A repeated submit returns the first reply. */
export const replyToThread = defineVerb({
  name: 'threads.reply',
  input,
  load: (db, data, actor) => requireThread(actor, data.threadId, { db }),
  policy: (actor, access) => refusal(actor, 'reply:thread', threadTarget(access)),
  replay: async (db, data, actor): Promise<PostDto | undefined> => {
    const first = await postByKey(db, actor.id, data.idempotencyKey);
    return first ? ((await loadPost(first.id, db)) ?? undefined) : undefined;
  },
  prepare: async (data, { thread }, actor) => {
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
    return { quoted, screened, images: await storePostImages(data.images) };
  },
  run: async (ctx, data, { thread, group }, { quoted, screened, images }) => {
    const post = await writePost(ctx, { threadId: thread.id, authorId: ctx.actor.id, body: screened.body, quoted, images, idempotencyKey: data.idempotencyKey, isFirst: false }, group);
    // A twin with the same key got there first: the frame answers with its post.
    if (!post) throw new Replayed();
    if (screened.hold) await holdWritten(ctx, { targetType: 'post', targetId: post.id, groupId: group.id, authorId: ctx.actor.id }, screened.hold);
    const dto = (await loadPost(post.id, ctx.tx))!;
    ctx.publish(rooms.thread(thread.id), 'post:created', dto);
    ctx.publish(rooms.group(group.id), 'group:activity', { groupId: group.id, threadId: thread.id });
    return dto;
  },
});
