import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { pollOptions, polls, threads } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { requireGroupPermission } from '@/lib/groups/access';
import { consume } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/verb';
import { announceActivity } from './events';
import { bodyField, idempotencyKeyField, imagesField, pollField, titleField, uuidField } from './fields';
import { storePostImages } from './images';
import { writePost } from './write-post';
import { holdForReview, screenPost } from '@/lib/moderation/screen';
import { assertStanding } from '@/lib/policy';

const input = z.object({
  groupId: uuidField,
  title: titleField,
  body: bodyField,
  idempotencyKey: idempotencyKeyField,
  images: imagesField,
  poll: pollField.nullable().default(null),
});

const threadByKey = async (authorId: string, key: string) =>
  (await getDb().select({ id: threads.id }).from(threads).where(and(eq(threads.authorId, authorId), eq(threads.idempotencyKey, key))).limit(1))[0];

export type CreateThreadInput = z.input<typeof input>;

/** A new conversation: its first post, and optionally a poll. A repeated submit returns the first thread. */
export async function createThread({ actor, input: raw }: { actor: Actor; input: CreateThreadInput }): Promise<{ id: string; groupSlug: string }> {
  assertStanding(actor, 'write');
  const data = parseInput(input, raw);
  const group = await requireGroupPermission(actor, data.groupId, 'post:group');
  const existing = await threadByKey(actor.id, data.idempotencyKey);
  if (existing) return { id: existing.id, groupSlug: group.slug };
  const screened = await screenPost(actor, { title: data.title, body: data.body });
  await consume('post', actor.id);
  const images = await storePostImages(data.images);
  const created = await getDb().transaction(async (tx) => {
    const [thread] = await tx
      .insert(threads)
      .values({ groupId: group.id, authorId: actor.id, title: screened.title ?? data.title, idempotencyKey: data.idempotencyKey })
      .onConflictDoNothing({ target: [threads.authorId, threads.idempotencyKey] })
      .returning({ id: threads.id });
    // A concurrent twin got there first: it wrote the whole thread, this one writes nothing.
    if (!thread) return null;
    const written = await writePost(tx, { threadId: thread.id, authorId: actor.id, body: screened.body, quoted: null, images, idempotencyKey: data.idempotencyKey, isFirst: true }, group);
    const notified = written?.notified ?? [];
    // A held thread waits whole; personal data in its first post queues that post.
    if (written && screened.hold) {
      const item = screened.hold.hide ? { targetType: 'thread' as const, targetId: thread.id } : { targetType: 'post' as const, targetId: written.post.id };
      notified.push(...(await holdForReview(tx, { ...item, groupId: group.id, authorId: actor.id }, screened.hold)));
    }
    if (data.poll) {
      const [poll] = await tx.insert(polls).values({ threadId: thread.id, question: data.poll.question, multiple: data.poll.multiple, closesAt: data.poll.closesAt }).returning({ id: polls.id });
      await tx.insert(pollOptions).values(data.poll.options.map((label, position) => ({ pollId: poll!.id, label, position })));
    }
    return { id: thread.id, notified };
  });
  if (!created) return { id: (await threadByKey(actor.id, data.idempotencyKey))!.id, groupSlug: group.slug };
  announceActivity(group.id, created.id, created.notified);
  return { id: created.id, groupSlug: group.slug };
}
