'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useCallback, useEffect, useState } from 'react';
import { useDebouncedRefresh } from '@/components/shell/use-debounced-refresh';
import { useRoom } from '@/components/shell/use-room';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ModerationActions } from '@/components/moderation/moderation-actions';
import type { FormAction, FormState } from '@/lib/forms/state';
import type { Viewer } from '@/lib/policy/threads';
import type { PollDto, PostDto, ReactionSummary } from '@/lib/threads/dto';
import type { Reaction } from '@/lib/threads/constants';
import { Composer, type Quote } from './composer';
import { PollCard } from './poll-card';
import { PostCard, type PostHandlers } from './post-card';

/** What a thread button's action answers: its result, or why it was refused (an i18n key and its values). */
type Poll = PollDto & { myVotes: string[] };

/** The thread page's server actions, handed down by the page. */
export interface ThreadActions {
  reply: FormAction<PostDto>;
  editPost: FormAction<PostDto>;
  deletePost: (postId: string) => Promise<FormState<unknown>>;
  react: (postId: string, reaction: Reaction) => Promise<FormState<ReactionSummary[]>>;
  vote: (pollId: string, optionIds: string[]) => Promise<FormState<Poll>>;
  moderateThread: (threadId: string, change: { pinned?: boolean; locked?: boolean }) => Promise<FormState<{ pinned: boolean; locked: boolean }>>;
  markRead: (threadId: string, opened?: boolean) => Promise<void>;
  /** The markdown of a post, to quote or edit it. */
  postSource: (postId: string) => Promise<FormState<string>>;
  moderation: ModerationActions;
}

export interface ThreadViewProps {
  thread: { id: string; title: string; pinned: boolean; locked: boolean; lastPostAt: string };
  basePath: string;
  viewer: Viewer;
  posts: PostDto[];
  isLastPage: boolean;
  firstUnreadId: string | null;
  poll: Poll | null;
  replyKey: string;
  /** Staff and managers get the moderation menu on each post. */
  moderator: { manager: boolean } | null;
  /** A silenced (read-only) reader: why the reply box is missing. */
  readOnly: boolean;
  actions: ThreadActions;
}

/**
 * The live part of a thread page: posts, poll and reply box. Replies, edits, reactions and votes from
 * anyone arrive over the thread's room; what was missed while offline comes back with a refresh.
 */
export function ThreadView(props: ThreadViewProps) {
  const t = useTranslations('threads');
  const tRoot = useTranslations();
  const { thread, viewer, basePath, actions } = props;
  const [posts, setPosts] = useState(props.posts);
  const [flags, setFlags] = useState({ pinned: thread.pinned, locked: thread.locked });
  const [poll, setPoll] = useState(props.poll);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [newBelow, setNewBelow] = useState(0);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Read once it is on screen (a prefetched page is not a visit).
  useEffect(() => {
    void actions.markRead(thread.id, true);
  }, [thread.id]);

  // A server re-render (navigation, catch-up) brings the authoritative list.
  useEffect(() => setPosts(props.posts), [props.posts]);
  useEffect(() => setPoll(props.poll), [props.poll]);
  useEffect(() => setFlags({ pinned: thread.pinned, locked: thread.locked }), [thread.pinned, thread.locked]);

  const refresh = useDebouncedRefresh();
  const upsert = useCallback((post: PostDto) => setPosts((list) => (list.some((p) => p.id === post.id) ? list.map((p) => (p.id === post.id ? post : p)) : [...list, post])), []);

  useRoom(`thread:${thread.id}`, {
    'post:created': (post) => {
      if (!props.isLastPage) {
        setNewBelow((n) => n + 1);
        return;
      }
      upsert(post);
      if (post.authorId !== viewer.id) setAnnounce(t('newReplyAnnounce', { name: post.authorName }));
      if (document.visibilityState === 'visible') void actions.markRead(thread.id);
    },
    'post:updated': (post) => setPosts((list) => list.map((p) => (p.id === post.id ? post : p))),
    'post:deleted': ({ id }) => setPosts((list) => list.map((p) => (p.id === id ? { ...p, deleted: true, bodyHtml: '', images: [], reactions: [] } : p))),
    'reactions:changed': ({ postId, reactions }) => setPosts((list) => list.map((p) => (p.id === postId ? { ...p, reactions } : p))),
    'poll:changed': (next) => setPoll((current) => (current ? { ...next, myVotes: current.myVotes } : current)),
    'thread:updated': (next) => setFlags(next),
    // Hidden by moderation: the server decides what this reader may still see.
    'thread:visibility': ({ hidden }) => {
      if (hidden) refresh();
    },
  }, thread.lastPostAt);

  const fail = (message: string, values?: Record<string, string | number>) => setError(tRoot(message, values));
  // A refusal is shown; success hands back what the action answered.
  const settle = <T,>(state: FormState<T>): T | undefined => {
    if (state.status === 'ok') return state.data;
    fail(state.message ?? 'errors.invalid', state.messageValues);
    return undefined;
  };
  const handlers: PostHandlers = {
    onQuote: async (post) => {
      const text = settle(await actions.postSource(post.id));
      if (text !== undefined) setQuote({ postId: post.id, authorName: post.authorName, text });
    },
    onDelete: async (post) => {
      if (!window.confirm(t('confirmDelete'))) return;
      if (settle(await actions.deletePost(post.id))) setPosts((list) => list.map((p) => (p.id === post.id ? { ...p, deleted: true, bodyHtml: '', images: [], reactions: [] } : p)));
    },
    onReact: async (post, reaction) => {
      const reactions = settle(await actions.react(post.id, reaction));
      if (reactions) setPosts((list) => list.map((p) => (p.id === post.id ? { ...p, reactions } : p)));
    },
    onEdited: upsert,
    loadSource: async (post) => settle(await actions.postSource(post.id)) ?? null,
  };

  const moderate = async (change: { pinned?: boolean; locked?: boolean }) => {
    const next = settle(await actions.moderateThread(thread.id, change));
    if (next) setFlags(next);
  };

  // Shown at once for the author even if the live connection is down; the event then finds it there.
  const onPosted = upsert;
  const clearQuote = useCallback(() => setQuote(null), []);

  return (
    <div className="flex flex-col gap-4">
      {flags.pinned || flags.locked ? (
        <p className="flex gap-2 text-sm">
          {flags.pinned ? <span className="rounded bg-zinc-200 px-2 py-0.5 font-semibold text-zinc-800">{t('pinned')}</span> : null}
          {flags.locked ? <span className="rounded bg-zinc-800 px-2 py-0.5 font-semibold text-white">{t('locked')}</span> : null}
        </p>
      ) : null}
      {viewer.canModerate ? (
        <div role="group" aria-label={t('moderation')} className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => moderate({ pinned: !flags.pinned })}>
            {flags.pinned ? t('unpin') : t('pin')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => moderate({ locked: !flags.locked })}>
            {flags.locked ? t('unlock') : t('lock')}
          </Button>
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {poll ? <PollCard key={poll.id} poll={poll} myVotes={poll.myVotes} canVote={viewer.canPost} onVote={async (ids) => {
        const result = await actions.vote(poll.id, ids);
        if (result.status !== 'ok') return tRoot(result.message ?? 'errors.invalid', result.messageValues);
        if (result.data) setPoll(result.data);
        return null;
      }} /> : null}
      <ol className="flex flex-col gap-3" aria-label={thread.title}>
        {posts.map((post) => (
          <PostCard key={post.id} post={post} viewer={viewer} moderator={props.moderator} locked={flags.locked} historyHref={`${basePath}/history/${post.id}`} unreadDivider={post.id === props.firstUnreadId} handlers={handlers} actions={{ editPost: actions.editPost, moderation: actions.moderation }} />
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      {newBelow > 0 ? (
        <a href={`${basePath}?latest=1`} className="rounded-md bg-accent px-4 py-2 text-center font-semibold text-accent-fg">
          {t('newRepliesBelow', { count: newBelow })}
        </a>
      ) : null}
      {props.isLastPage && viewer.canPost && (!flags.locked || viewer.canModerate) ? (
        <Composer action={actions.reply} threadId={thread.id} initialKey={props.replyKey} quote={quote} onClearQuote={clearQuote} onPosted={onPosted} />
      ) : null}
      {flags.locked && !viewer.canModerate ? <Alert tone="info">{t('lockedNotice')}</Alert> : null}
      {!viewer.canPost ? <Alert tone="info">{props.readOnly ? tRoot('moderation.standing.readOnlyNotice') : t('notMember')}</Alert> : null}
    </div>
  );
}
