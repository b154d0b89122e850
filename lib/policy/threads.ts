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
}

export interface PostTarget extends ThreadTarget {
  post: PostFacts;
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
  'reply:thread': { check: (_: Actor, t: ThreadTarget) => refuseUnless(canReply(t.viewer, t.locked), t.viewer.canPost ? 'threads.errors.locked' : 'errors.forbidden') },
  'edit:post': { check: (_: Actor, t: PostTarget) => refuseUnless(canEditPost(t.viewer, t.post, t.locked)) },
  'delete:post': { check: (_: Actor, t: PostTarget, now: Date) => refuseUnless(canDeletePost(t.viewer, t.post, now)) },
} satisfies RuleTable;
