import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groups, pollOptions, polls, threads } from '@/db/schema';
import { requireGroupPermission } from '@/lib/groups/access';
import { screenPost } from '@/lib/moderation/screen';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { consume } from '@/lib/security/rate-limit';
import { defineVerb, type FormInput, Replayed } from '@/lib/verb';
import { bodyField, idempotencyKeyField, imagesField, pollField, titleField, uuidField } from './fields';
import { storePostImages } from './images';
import { holdWritten, writePost } from './write-post';

const fields = z.object({
  groupId: uuidField,
  title: titleField,
  body: bodyField,
  idempotencyKey: idempotencyKeyField,
  images: imagesField,
  poll: pollField.nullable().default(null),
});

export type CreateThreadInput = z.input<typeof fields>;

/** The form sends the poll as flat fields, and means one only when its question was filled in. */
function pollFromForm(raw: CreateThreadInput | FormInput) {
  if (!('pollQuestion' in raw)) return raw;
  const { pollQuestion, pollOptions: options, pollMultiple, pollClosesAt, ...rest } = raw;
  const text = (v: FormInput[string] | undefined) => (typeof v === 'string' ? v : '');
  const question = text(pollQuestion);
  const poll = question.trim() ? { question, options: text(options).split('\n'), multiple: pollMultiple === 'on', closesAt: text(pollClosesAt) || null } : null;
  return { ...rest, poll };
}

const input = z.preprocess(pollFromForm, fields);

/** A new conversation: its first post, and optionally a poll. A repeated submit returns the first thread. */
export const createThread = defineVerb({
  name: 'threads.create',
  input,
  load: (db, data, actor) => requireGroupPermission(actor, data.groupId, 'know:group', db),
  policy: (actor, group) => refusal(actor, 'post:group', group),
  replay: async (db, data, actor) =>
    (
      await db
        .select({ id: threads.id, groupSlug: groups.slug })
        .from(threads)
        .innerJoin(groups, eq(groups.id, threads.groupId))
        .where(and(eq(threads.authorId, actor.id), eq(threads.idempotencyKey, data.idempotencyKey)))
        .limit(1)
    )[0],
  prepare: async (data, _group, actor) => {
    const screened = await screenPost(actor, { title: data.title, body: data.body });
    await consume('post', actor.id);
    return { screened, images: await storePostImages(data.images) };
  },
  run: async (ctx, data, group, { screened, images }) => {
    const [thread] = await ctx.tx
      .insert(threads)
      .values({ groupId: group.id, authorId: ctx.actor.id, title: screened.title ?? data.title, idempotencyKey: data.idempotencyKey })
      .onConflictDoNothing({ target: [threads.authorId, threads.idempotencyKey] })
      .returning({ id: threads.id });
    // A concurrent twin got there first: it wrote the whole thread, the frame answers with it.
    if (!thread) throw new Replayed();
    const post = await writePost(ctx, { threadId: thread.id, authorId: ctx.actor.id, body: screened.body, quoted: null, images, idempotencyKey: data.idempotencyKey, isFirst: true }, group);
    // A held thread waits whole; personal data in its first post queues that post.
    if (post && screened.hold) {
      const item = screened.hold.hide ? { targetType: 'thread' as const, targetId: thread.id } : { targetType: 'post' as const, targetId: post.id };
      await holdWritten(ctx, { ...item, groupId: group.id, authorId: ctx.actor.id }, screened.hold);
    }
    if (data.poll) {
      const [poll] = await ctx.tx.insert(polls).values({ threadId: thread.id, question: data.poll.question, multiple: data.poll.multiple, closesAt: data.poll.closesAt }).returning({ id: polls.id });
      await ctx.tx.insert(pollOptions).values(data.poll.options.map((label, position) => ({ pollId: poll!.id, label, position })));
    }
    ctx.publish(rooms.group(group.id), 'group:activity', { groupId: group.id, threadId: thread.id });
    return { id: thread.id, groupSlug: group.slug };
  },
});
