import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { postRevisions, posts } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { parseInput } from '@/lib/verb';
import type { PostDto } from './dto';
import { bodyField, uuidField } from './fields';
import { loadPost } from './post-dtos';
import { canEditPost } from './rules';
import { requirePost } from './thread-access';
import { renderPostBody } from './write-post';
import { assertStanding } from '@/lib/policy';

const input = z.object({ postId: uuidField, body: bodyField });

/** The author corrects a post; the earlier version is kept and shown as history. */
export async function editPost({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }): Promise<PostDto> {
  assertStanding(actor, 'write');
  const data = parseInput(input, raw);
  const { post, thread, group, viewer } = await requirePost(actor, data.postId);
  if (!(canEditPost(viewer, post, thread.locked))) throw new Forbidden();
  // A hidden post waits for its appeal as it was hidden.
  if (post.hiddenReason) throw new Forbidden('moderation.errors.hiddenPost');
  if (data.body === post.bodyMd) return (await loadPost(post.id))!;
  await getDb().transaction(async (tx) => {
    await tx.insert(postRevisions).values({ postId: post.id, bodyMd: post.bodyMd, bodyHtml: post.bodyHtml, editorId: actor.id });
    const { bodyHtml } = await renderPostBody(tx, data.body, group);
    await tx.update(posts).set({ bodyMd: data.body, bodyHtml, editedAt: new Date() }).where(eq(posts.id, post.id));
  });
  const dto = (await loadPost(post.id))!;
  publish(rooms.thread(thread.id), 'post:updated', dto);
  return dto;
}
