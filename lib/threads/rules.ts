// Pure rules shared by the verbs and the thread page, so the buttons a person sees are the ones the
// server will honour.

/** An author may take back a post for this long; after that only moderators delete it. */
export const DELETE_GRACE_MINUTES = 15;
export const MAX_BODY = 20_000;
export const MAX_TITLE = 160;
export const MAX_IMAGES = 4;
export const MAX_POLL_OPTIONS = 10;
export const POSTS_PER_PAGE = 25;

export const REACTIONS = ['thumbs_up', 'heart', 'laugh', 'surprised', 'sad', 'clap'] as const;
export type Reaction = (typeof REACTIONS)[number];
export const REACTION_EMOJI: Record<Reaction, string> = {
  thumbs_up: '👍',
  heart: '❤️',
  laugh: '😂',
  surprised: '😮',
  sad: '😢',
  clap: '👏',
};

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

export function withinDeleteGrace(createdAt: Date | string, now = new Date()): boolean {
  return now.getTime() - new Date(createdAt).getTime() < DELETE_GRACE_MINUTES * 60_000;
}

export function canEditPost(viewer: Viewer, post: PostFacts, locked: boolean): boolean {
  return post.deletedAt === null && post.authorId === viewer.id && viewer.canPost && (!locked || viewer.canModerate);
}

export function canDeletePost(viewer: Viewer, post: PostFacts, now = new Date()): boolean {
  if (post.deletedAt !== null) return false;
  return viewer.canModerate || (post.authorId === viewer.id && withinDeleteGrace(post.createdAt, now));
}

export function canReply(viewer: Viewer, locked: boolean): boolean {
  return viewer.canPost && (!locked || viewer.canModerate);
}
