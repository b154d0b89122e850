import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/ui/back-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { FollowThread } from '@/components/notifications/follow-thread';
import { ThreadView } from '@/components/threads/thread-view';
import { LazyModerateMenu } from '@/components/moderation/lazy-moderate-menu';
import { ReportForm } from '@/components/moderation/report-form';
import { Tombstone } from '@/components/moderation/tombstone';
import { LiveRefresh } from '@/components/shell/live-refresh';
import { hasRole, isSilenced } from '@/lib/policy';
import { requireMember } from '@/lib/auth/session';
import { followsThread } from '@/lib/notifications/thread-follows';
import { moveTargets } from '@/lib/moderation/queries';
import { getThreadView } from '@/lib/threads/queries';
import { reportAction } from '@/app/(member)/moderation/actions';
import { moderationAction } from '@/app/(staff)/staff/moderation/actions';
import { deletePostAction, editPostAction, markReadAction, moderateThreadAction, postSourceAction, reactAction, replyAction, voteAction } from './actions';
import { setThreadFollowAction } from './follow-action';

type Props = {
  params: Promise<{ slug: string; threadId: string }>;
  searchParams: Promise<{ after?: string; before?: string; latest?: string }>;
};

const load = cache(async (slug: string, threadId: string, after?: string, before?: string, latest?: string) =>
  getThreadView(await requireMember(), slug, threadId, { after, before, latest: latest === '1' }),
);

async function view({ params, searchParams }: Props) {
  const [{ slug, threadId }, q] = await Promise.all([params, searchParams]);
  const one = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return load(slug, threadId, one(q.after), one(q.before), one(q.latest));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await view(props);
  // The not-found page then supplies its own title, and nothing about the thread leaks.
  if (!page) notFound();
  // A hidden thread's title is as hidden as its posts.
  return { title: page.thread.hiddenReason ? (await getTranslations('moderation.tombstone'))('title') : page.thread.title };
}

export default async function ThreadPage(props: Props) {
  const page = await view(props);
  if (!page) notFound();
  const [t, user] = await Promise.all([getTranslations('threads'), requireMember()]);
  const moderator = hasRole(user, 'staff') ? { manager: user.role === 'manager' } : null;
  const moderation = moderator ? (
    <LazyModerateMenu target={{ targetType: 'thread', targetId: page.thread.id, hidden: page.thread.hiddenReason !== null }} manager={moderator.manager} groups={await moveTargets(user, page.group.id)} action={moderationAction} />
  ) : page.thread.authorId !== user.id && !page.thread.hiddenReason ? (
    <ReportForm targetType="thread" targetId={page.thread.id} label={(await getTranslations('moderation.report'))('thread')} action={reportAction} />
  ) : null;
  if (page.thread.hiddenReason) {
    return (
      <article className="flex flex-col gap-4">
        <BackLink label={t('breadcrumb')} href={`/groups/${page.group.slug}`}>
          {page.group.name}
        </BackLink>
        <h1 className="text-2xl font-bold">{(await getTranslations('moderation.tombstone'))('title')}</h1>
        <Tombstone reason={page.thread.hiddenReason} />
        <LiveRefresh room={`thread:${page.thread.id}`} events={['thread:visibility']} />
        {moderation}
      </article>
    );
  }
  const base = `/groups/${page.group.slug}/${page.thread.id}`;
  const first = page.posts[0];
  const last = page.posts.at(-1);
  const unread = page.firstUnread;
  const unreadHref = unread ? (unread.before === null ? '#first-unread' : `${base}?after=${unread.before}#post-${unread.id}`) : null;
  const pager = (
    <nav aria-label={t('breadcrumb')} className="flex flex-wrap justify-between gap-2 text-sm">
      {page.hasOlder && first ? (
        <Link href={`${base}?before=${first.id}`} className="underline">
          ← {t('olderPosts')}
        </Link>
      ) : (
        <span />
      )}
      {page.hasNewer && last ? (
        <Link href={`${base}?after=${last.id}`} className="underline">
          {t('newerPosts')} →
        </Link>
      ) : null}
    </nav>
  );
  return (
    <article className="flex flex-col gap-4">
      <BackLink label={t('breadcrumb')} href={`/groups/${page.group.slug}`}>
        {page.group.name}
      </BackLink>
      <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{page.thread.title}</h1>
      <FollowThread threadId={page.thread.id} following={await followsThread(user, page.thread.id)} action={setThreadFollowAction} />
      {moderation}
      {unreadHref ? (
        <p>
          <a href={unreadHref} className="font-semibold text-brand-ink underline">
            {t('jumpToUnread')}
          </a>
        </p>
      ) : null}
      {page.hasOlder || page.hasNewer ? pager : null}
      <ThreadView
        thread={{ ...page.thread, lastPostAt: page.thread.lastPostAt.toISOString() }}
        basePath={base}
        viewer={page.viewer}
        posts={page.posts}
        isLastPage={!page.hasNewer}
        firstUnreadId={unread && unread.before === null ? unread.id : null}
        poll={page.poll}
        replyKey={randomUUID()}
        moderator={moderator}
        readOnly={isSilenced(user)}
        actions={{
          reply: replyAction,
          editPost: editPostAction,
          deletePost: deletePostAction,
          react: reactAction,
          vote: voteAction,
          moderateThread: moderateThreadAction,
          markRead: markReadAction,
          postSource: postSourceAction,
          moderation: { report: reportAction, moderate: moderationAction },
        }}
      />
      {page.hasOlder || page.hasNewer ? pager : null}
    </article>
  );
}
