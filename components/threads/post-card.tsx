'use client';

import { useFormatter, useTranslations } from '@/components/i18n/intl';
import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LazyMarkdownEditor } from '@/components/editor/lazy-markdown-editor';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormAction, FormState } from '@/lib/forms/state';
import { canDeletePost, canEditPost, DELETE_GRACE_MINUTES, type Viewer } from '@/lib/policy/threads';
import type { PostDto } from '@/lib/threads/dto';
import type { Reaction } from '@/lib/threads/constants';
import { LazyModerateMenu } from '@/components/moderation/lazy-moderate-menu';
import type { ModerationActions } from '@/components/moderation/moderation-actions';
import { ReportForm } from '@/components/moderation/report-form';
import { Tombstone } from '@/components/moderation/tombstone';
import { AuthorLink } from '@/components/profiles/author-link';
import { Avatar } from '@/components/profiles/avatar';
import { initials } from '@/lib/profiles/fields';
import { ReactionsBar } from './reactions-bar';

export interface PostHandlers {
  onQuote: (post: PostDto) => void;
  onDelete: (post: PostDto) => Promise<void>;
  onReact: (post: PostDto, reaction: Reaction) => Promise<void>;
  loadSource: (post: PostDto) => Promise<string | null>;
  onEdited: (post: PostDto) => void;
}

const IDLE: FormState<PostDto> = { status: 'idle' };

function EditForm({ post, source, action: edit, onDone }: { post: PostDto; source: string; action: FormAction<PostDto>; onDone: (edited?: PostDto) => void }) {
  const t = useTranslations('threads');
  const [state, action] = useActionState(edit, IDLE);
  const { errors, message, value } = useFormErrors(state);
  const [body, setBody] = useState(() => value('body') ?? source);
  useEffect(() => {
    if (state.status === 'ok') onDone(state.data);
  }, [state, onDone]);
  const id = `edit-${post.id}`;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="postId" value={post.id} />
      {message && state.status === 'error' && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <LazyMarkdownEditor id={id} name="body" label={t('editHeading')} errors={errors('body')} value={body} onValueChange={setBody} mentions />
      <div className="flex gap-2">
        <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => onDone()}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** One message: who wrote it and when, what it quotes, its text and images, reactions and actions. */
export function PostCard({
  post,
  viewer,
  moderator,
  locked,
  historyHref,
  unreadDivider,
  handlers,
  actions,
}: {
  post: PostDto;
  viewer: Viewer;
  moderator: { manager: boolean } | null;
  locked: boolean;
  historyHref: string;
  unreadDivider: boolean;
  handlers: PostHandlers;
  actions: { editPost: FormAction<PostDto>; moderation: ModerationActions };
}) {
  const t = useTranslations('threads');
  const format = useFormatter();
  const [source, setSource] = useState<string | null>(null);
  const staff = post.authorRole !== 'member';
  const created = new Date(post.createdAt);
  return (
    <li id={`post-${post.id}`} className="scroll-mt-20">
      {unreadDivider ? (
        <p id="first-unread" className="mb-3 flex items-center gap-2 text-sm font-semibold text-accent-ink" tabIndex={-1}>
          <span aria-hidden="true" className="h-px flex-1 bg-accent" />
          {t('newSince')}
          <span aria-hidden="true" className="h-px flex-1 bg-accent" />
        </p>
      ) : null}
      <article className={`flex flex-col gap-3 rounded-lg border bg-white px-4 py-4 sm:px-5 ${staff ? 'border-brand-ink' : 'border-zinc-200'}`} aria-labelledby={`post-${post.id}-author`}>
        <header className="flex items-center gap-3 text-sm text-zinc-700">
          <Avatar url={post.authorAvatarUrl} initials={initials(post.authorName)} size={40} />
          <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5">
            <span id={`post-${post.id}-author`}>
              <AuthorLink id={post.authorId} name={post.authorName} />
            </span>
            {staff ? (
              <span className="rounded bg-brand px-1.5 py-0.5 text-xs font-semibold text-brand-fg">
                {post.authorTitle ?? t('staffBadge')}
              </span>
            ) : null}
            <span className="flex flex-wrap items-baseline gap-x-2">
              <time dateTime={post.createdAt}>{format.dateTime(created, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              {post.editedAt && !post.deleted ? (
                <Link href={historyHref} className="underline" title={t('editedHistory')}>
                  ({t('edited')})
                </Link>
              ) : null}
            </span>
          </div>
        </header>
        {post.quoted && !post.deleted ? (
          <p className="text-sm text-zinc-700">
            <a href={`#post-${post.quoted.id}`} className="underline">
              {t('inReplyTo', { name: post.quoted.authorName })}
            </a>
          </p>
        ) : null}
        {post.deleted ? (
          <p className="text-zinc-600 italic">{t('deleted')}</p>
        ) : post.hidden ? (
          <Tombstone reason={post.hidden} />
        ) : source !== null ? (
          <EditForm
            post={post}
            source={source}
            action={actions.editPost}
            onDone={(edited) => {
              setSource(null);
              if (edited) handlers.onEdited(edited);
            }}
          />
        ) : (
          // Sanitized when it was written (lib/markdown).
          <div className="prose prose-zinc prose-post max-w-none" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        )}
        {post.images.length > 0 ? (
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {post.images.map((img, i) => (
              <a key={img.url} href={img.url} target="_blank" rel="noopener">
                {/* eslint-disable-next-line @next/next/no-img-element -- private images served by our own route, sized by their stored dimensions */}
                <img src={img.url} width={img.width} height={img.height} loading="lazy" alt={t('imageAlt', { n: i + 1, name: post.authorName })} className="h-auto w-full rounded-md border border-zinc-200 object-cover" />
              </a>
            ))}
          </div>
        ) : null}
        {moderator && !post.deleted && post.authorId !== viewer.id ? (
          <LazyModerateMenu target={{ targetType: 'post', targetId: post.id, hidden: post.hidden !== null }} manager={moderator.manager} action={actions.moderation.moderate} />
        ) : null}
        {!post.deleted && !post.hidden ? (
          <footer className="flex flex-col gap-2">
            <ReactionsBar reactions={post.reactions} viewerId={viewer.id} canReact={viewer.canPost} onToggle={(r) => handlers.onReact(post, r)} />
            <div className="flex flex-wrap gap-1">
              {viewer.canPost && (!locked || viewer.canModerate) ? (
                <Button type="button" variant="ghost" onClick={() => handlers.onQuote(post)}>
                  {t('quote')}
                </Button>
              ) : null}
              {canEditPost(viewer, { ...post, deletedAt: null }, locked) && source === null ? (
                <Button type="button" variant="ghost" onClick={async () => setSource(await handlers.loadSource(post))}>
                  {t('edit')}
                </Button>
              ) : null}
              {post.authorId !== viewer.id && !moderator ? <ReportForm targetType="post" targetId={post.id} authorId={post.authorId} action={actions.moderation.report} /> : null}
              {canDeletePost(viewer, { ...post, deletedAt: null }) ? (
                <Button type="button" variant="ghost" className="text-red-800" title={post.authorId === viewer.id && !viewer.canModerate ? t('deleteGrace', { minutes: DELETE_GRACE_MINUTES }) : undefined} onClick={() => handlers.onDelete(post)}>
                  {t('delete')}
                </Button>
              ) : null}
            </div>
          </footer>
        ) : null}
      </article>
    </li>
  );
}
