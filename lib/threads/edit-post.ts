import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { postRevisions, posts } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb } from '@/lib/verb';
import type { PostDto } from './dto';
import { bodyField, uuidField } from './fields';
import { loadPost } from './post-dtos';
import { postTarget, requirePost } from './thread-access';
import { renderPostBody } from './write-post';

const input = z.object({ postId: uuidField, body: bodyField });

/** The author corrects a post; the earlier version is kept and shown as history. */
export const editPost = defineVerb({
  name: 'threads.edit-post',
  input,
  load: (db, data, actor) => requirePost(actor, data.postId, { db, lock: true }),
  policy: (actor, target) => refusal(actor, 'edit:post', postTarget(target)),
  run: async (ctx, data, { post, thread, group }): Promise<PostDto> => {
    if (data.body === post.bodyMd) return (await loadPost(post.id, ctx.tx))!;
    await ctx.tx.insert(postRevisions).values({ postId: post.id, bodyMd: post.bodyMd, bodyHtml: post.bodyHtml, editorId: ctx.actor.id });
    const { bodyHtml } = await renderPostBody(ctx.tx, data.body, group);
    await ctx.tx.update(posts).set({ bodyMd: data.body, bodyHtml, editedAt: ctx.now }).where(eq(posts.id, post.id));
    const dto = (await loadPost(post.id, ctx.tx))!;
    ctx.publish(rooms.thread(thread.id), 'post:updated', dto);
    return dto;
  },
});
