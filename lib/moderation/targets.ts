import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { complaintEvents, complaints, groups, posts, threads, users } from '@/db/schema';
import type { Role } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { type HideReason, TARGET_TYPES, type TargetFacts } from '@/lib/policy/moderation';

/** A reference to something that can be reported: its kind and id (a complaint comment's id is a number). */
export const targetRef = z
  .object({ targetType: z.enum(TARGET_TYPES, 'errors.invalidField'), targetId: z.string().trim().min(1, 'errors.invalidField').max(64, 'errors.invalidField') })
  .refine((r) => (r.targetType === 'complaint_comment' ? /^[1-9]\d{0,17}$/.test(r.targetId) : z.uuid().safeParse(r.targetId).success), {
    path: ['targetId'],
    message: 'errors.invalidField',
  });

export type TargetRef = z.output<typeof targetRef>;

export interface Target extends TargetFacts {
  targetId: string;
  groupId: string | null;
  threadId: string | null;
  complaintId: string | null;
  hiddenReason: HideReason | null;
  /** The Markdown a redaction cuts from (posts and comments). */
  bodyMd: string | null;
}

// Comments and official replies are the public voices on a complaint; the rest of its timeline is the company's record.
const COMMENT_KINDS = ['comment', 'official_reply'] as const;

async function authorRole(db: Executor, id: string): Promise<Role> {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, id)).limit(1);
  return row?.role ?? 'member';
}

/** Staff who answered the complaint officially: they may not moderate it (conflict of interest). */
export async function answeredBy(db: Executor, complaintId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ actorId: complaintEvents.actorId })
    .from(complaintEvents)
    .where(and(eq(complaintEvents.complaintId, complaintId), eq(complaintEvents.kind, 'official_reply')));
  return rows.flatMap((r) => (r.actorId ? [r.actorId] : []));
}

/**
 * The item with what a decision needs, locked for the rest of the transaction when `lock` is set (two
 * moderators acting at once take turns). Deleted or unknown items do not exist.
 */
export async function loadTarget(db: Executor, ref: TargetRef, lock = false): Promise<Target> {
  const locking = <T extends { for: (s: 'update') => unknown }>(q: T) => (lock ? (q.for('update') as T) : q);
  const base = { targetType: ref.targetType, targetId: ref.targetId, answeredBy: [] as string[], groupId: null, threadId: null, complaintId: null, hiddenReason: null, bodyMd: null };
  switch (ref.targetType) {
    case 'post': {
      const [post] = await locking(db.select().from(posts).where(eq(posts.id, ref.targetId)).limit(1));
      if (!post || post.deletedAt) throw new NotFound();
      const [thread] = await db.select({ groupId: threads.groupId }).from(threads).where(eq(threads.id, post.threadId)).limit(1);
      return { ...base, authorId: post.authorId, authorRole: await authorRole(db, post.authorId), groupId: thread!.groupId, threadId: post.threadId, hiddenReason: post.hiddenReason, bodyMd: post.bodyMd };
    }
    case 'thread': {
      const [thread] = await locking(db.select().from(threads).where(eq(threads.id, ref.targetId)).limit(1));
      if (!thread) throw new NotFound();
      return { ...base, authorId: thread.authorId, authorRole: await authorRole(db, thread.authorId), groupId: thread.groupId, threadId: thread.id, hiddenReason: thread.hiddenReason };
    }
    case 'complaint_comment': {
      const [event] = await locking(
        db
          .select()
          .from(complaintEvents)
          .where(and(eq(complaintEvents.id, Number(ref.targetId)), eq(complaintEvents.visibility, 'public'), inArray(complaintEvents.kind, [...COMMENT_KINDS])))
          .limit(1),
      );
      if (!event?.actorId) throw new NotFound();
      return {
        ...base,
        authorId: event.actorId,
        authorRole: await authorRole(db, event.actorId),
        complaintId: event.complaintId,
        answeredBy: await answeredBy(db, event.complaintId),
        hiddenReason: event.hiddenReason,
        bodyMd: event.bodyMd,
      };
    }
    case 'profile': {
      const [user] = await locking(db.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, ref.targetId)).limit(1));
      if (!user) throw new NotFound();
      return { ...base, authorId: user.id, authorRole: user.role };
    }
  }
}

/** Puts the item out of public view with the reason its tombstone shows (null brings it back). */
export async function setHidden(db: Executor, target: Target, reason: HideReason | null): Promise<void> {
  const hidden = { hiddenReason: reason, hiddenAt: reason ? new Date() : null };
  if (target.targetType === 'post') await db.update(posts).set(hidden).where(eq(posts.id, target.targetId));
  else if (target.targetType === 'thread') await db.update(threads).set(hidden).where(eq(threads.id, target.targetId));
  else if (target.targetType === 'complaint_comment') await db.update(complaintEvents).set(hidden).where(eq(complaintEvents.id, Number(target.targetId)));
}

/** Where the item lives, for links in the queue and the decision page. */
export async function targetLink(db: Executor, target: Pick<Target, 'targetType' | 'targetId' | 'threadId' | 'complaintId'>): Promise<string | null> {
  if (target.threadId) {
    const [row] = await db.select({ slug: groups.slug }).from(threads).innerJoin(groups, eq(groups.id, threads.groupId)).where(eq(threads.id, target.threadId)).limit(1);
    if (!row) return null;
    return `/groups/${row.slug}/${target.threadId}${target.targetType === 'post' ? `#post-${target.targetId}` : ''}`;
  }
  if (target.complaintId) {
    const [row] = await db.select({ number: complaints.number }).from(complaints).where(eq(complaints.id, target.complaintId)).limit(1);
    return row ? `/board/${row.number}#event-${target.targetId}` : null;
  }
  return null;
}
