import type { Actor } from './standing';
import { refuseUnless, type RuleTable } from './rule';

/** An author may take back a post for this long; after that only moderators delete it. */
export const DELETE_GRACE_MINUTES = 15;

/** The actor's place in a thread's group, worked out once per page by the group rules. */
export interface Viewer {
  id: string;
  canPost: boolean;
  canModerate: boolean;
}

export interface PostFacts {
  authorId: string;
  createdAt: Date | string;
  deletedAt: Date | string | null;
}

export interface ThreadTarget {
  viewer: Viewer;
  locked: boolean;
  /** Hidden by moderation: nothing is added to it while it waits for its appeal. */
  hidden: boolean;
}

export interface PostTarget {
  viewer: Viewer;
  /** Whether the post's thread is locked. */
  locked: boolean;
  post: PostFacts & { hidden: boolean };
}

export interface PollTarget {
  viewer: Viewer;
  closesAt: Date | null;
}

export function withinDeleteGrace(createdAt: Date | string, now = new Date()): boolean {
  return now.getTime() - new Date(createdAt).getTime() < DELETE_GRACE_MINUTES * 60_000;
}

// Plain predicates on a Viewer, so the thread page's buttons (a client component) ask exactly what the
// verbs ask through can().
export function canReply(viewer: Viewer, locked: boolean): boolean {
  return viewer.canPost && (!locked || viewer.canModerate);
}

export function canEditPost(viewer: Viewer, post: PostFacts, locked: boolean): boolean {
  return post.deletedAt === null && post.authorId === viewer.id && canReply(viewer, locked);
}

export function canDeletePost(viewer: Viewer, post: PostFacts, now = new Date()): boolean {
  if (post.deletedAt !== null) return false;
  return viewer.canModerate || (post.authorId === viewer.id && withinDeleteGrace(post.createdAt, now));
}

export const threadRules = {
  'reply:thread': {
    check: (_: Actor, t: ThreadTarget) => {
      if (!t.viewer.canPost) return 'errors.forbidden';
      if (t.hidden) return 'moderation.errors.hiddenThread';
      return refuseUnless(canReply(t.viewer, t.locked), 'threads.errors.locked');
    },
  },
  'edit:post': {
    check: (_: Actor, t: PostTarget) => {
      if (!canEditPost(t.viewer, t.post, t.locked)) return 'errors.forbidden';
      // A hidden post waits for its appeal as it was hidden.
      return t.post.hidden ? 'moderation.errors.hiddenPost' : null;
    },
  },
  // Taking back one's own words within the grace period is no new speech: a silenced author keeps it.
  'delete:post': { standing: 'active', check: (_: Actor, t: PostTarget, now: Date) => refuseUnless(canDeletePost(t.viewer, t.post, now)) },
  // A reaction to a removed or hidden post would point at nothing its readers can see.
  'react:post': { check: (_: Actor, t: PostTarget) => refuseUnless(t.viewer.canPost && t.post.deletedAt === null && !t.post.hidden) },
  'vote:poll': {
    check: (_: Actor, t: PollTarget, now: Date) => {
      if (!t.viewer.canPost) return 'errors.forbidden';
      return t.closesAt && t.closesAt <= now ? 'threads.errors.pollClosed' : null;
    },
  },
} satisfies RuleTable;
