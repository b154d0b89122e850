// What a post may hold and how a thread is shown, shared by the verbs' fields and the thread page.
// Who may do what is lib/policy/threads.ts.

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
