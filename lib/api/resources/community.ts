import { z } from 'zod';
import { getGroupPage, listVisibleGroups } from '@/lib/groups/queries';
import { NotFound } from '@/lib/errors';
import { getThreadView } from '@/lib/threads/queries';
import { defineOperation } from '../handler';
import { dateTime, iso, isoOrNull } from '../schemas';

const TAG = 'Community';

const group = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  visibility: z.enum(['open', 'request', 'private']),
  memberCount: z.number().int(),
  threadCount: z.number().int(),
  lastActivityAt: dateTime.nullable(),
});

const threadSummary = z.object({
  id: z.uuid(),
  title: z.string().nullable().meta({ description: 'Null when moderation hid the thread (see `hidden`).' }),
  hidden: z.string().nullable(),
  pinned: z.boolean(),
  locked: z.boolean(),
  replyCount: z.number().int(),
  lastPostAt: dateTime,
  authorName: z.string(),
});

const post = z.object({
  id: z.uuid(),
  authorId: z.uuid(),
  authorName: z.string(),
  authorRole: z.enum(['member', 'staff', 'manager']),
  authorTitle: z.string().nullable(),
  bodyHtml: z.string(),
  createdAt: dateTime,
  editedAt: dateTime.nullable(),
  deleted: z.boolean(),
  hidden: z.string().nullable(),
  quotedPostId: z.uuid().nullable(),
});

type ThreadRow = { id: string; title: string; hiddenReason: string | null; pinned: boolean; locked: boolean; replyCount: number; lastPostAt: Date };

/** A hidden thread keeps its place in the list, without its title. */
const threadOf = (t: ThreadRow) => ({ id: t.id, title: t.hiddenReason ? null : t.title, hidden: t.hiddenReason, pinned: t.pinned, locked: t.locked, replyCount: t.replyCount, lastPostAt: iso(t.lastPostAt) });

const slugParams = z.object({ slug: z.string().min(1).max(100) });

export const listGroupsOp = defineOperation({
  id: 'listGroups',
  method: 'GET',
  path: '/groups',
  tag: TAG,
  summary: 'Groups',
  description: 'Every group the staff member may know, the latest activity first.',
  scopes: ['community:read'],
  response: z.object({ data: z.array(group) }),
  run: async ({ caller }) => ({
    data: (await listVisibleGroups(caller.actor)).map((g) => ({
      id: g.id,
      slug: g.slug,
      name: g.name,
      description: g.description,
      descriptionEn: g.descriptionEn,
      visibility: g.visibility,
      memberCount: g.memberCount,
      threadCount: g.threadCount,
      lastActivityAt: isoOrNull(g.lastActivityAt),
    })),
  }),
});

export const listThreadsOp = defineOperation({
  id: 'listGroupThreads',
  method: 'GET',
  path: '/groups/{slug}/threads',
  tag: TAG,
  summary: "A group's threads",
  description: 'Pinned first, then the latest activity; 30 a page, with `after`.',
  scopes: ['community:read'],
  params: slugParams,
  query: z.strictObject({ after: z.string().max(200).optional() }),
  response: z.object({ data: z.array(threadSummary), nextCursor: z.string().nullable() }),
  run: async ({ caller, params, query }) => {
    const page = await getGroupPage(caller.actor, params.slug, query.after);
    if (!page || !page.canRead) throw new NotFound();
    return {
      data: page.threads.map((t) => ({ ...threadOf(t), authorName: t.authorName })),
      nextCursor: page.nextCursor,
    };
  },
});

export const getThreadOp = defineOperation({
  id: 'getThread',
  method: 'GET',
  path: '/groups/{slug}/threads/{threadId}',
  tag: TAG,
  summary: 'A thread and a page of its posts',
  description: 'The first page of posts, oldest first; `after` (a post id) gives the next one.',
  scopes: ['community:read'],
  params: slugParams.extend({ threadId: z.uuid() }),
  query: z.strictObject({ after: z.uuid().optional() }),
  response: z.object({
    thread: threadSummary.omit({ authorName: true }).extend({ group: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }) }),
    posts: z.array(post),
    hasNewer: z.boolean(),
  }),
  run: async ({ caller, params, query }) => {
    const v = await getThreadView(caller.actor, params.slug, params.threadId, { after: query.after });
    if (!v) throw new NotFound();
    return {
      thread: { ...threadOf(v.thread), group: { id: v.group.id, slug: v.group.slug, name: v.group.name } },
      posts: v.posts.map((p) => ({
        id: p.id,
        authorId: p.authorId,
        authorName: p.authorName,
        authorRole: p.authorRole,
        authorTitle: p.authorTitle,
        bodyHtml: p.hidden ? '' : p.bodyHtml,
        createdAt: new Date(p.createdAt).toISOString(),
        editedAt: p.editedAt ? new Date(p.editedAt).toISOString() : null,
        deleted: p.deleted,
        hidden: p.hidden,
        quotedPostId: p.quoted?.id ?? null,
      })),
      hasNewer: v.hasNewer,
    };
  },
});

export const communityOperations = [listGroupsOp, listThreadsOp, getThreadOp];
