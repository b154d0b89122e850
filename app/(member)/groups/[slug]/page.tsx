import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/ui/back-link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { GroupAction } from '@/components/groups/group-action';
import { GroupLive } from '@/components/groups/group-live';
import { RoleBadge } from '@/components/groups/role-badge';
import { VisibilityBadge } from '@/components/shell/visibility-badge';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { requireMember } from '@/lib/auth/session';
import { localized } from '@/lib/i18n/localized';
import { ThreadTitle } from '@/components/moderation/thread-title';
import { findGroupBySlug, getGroupPage, type GroupHeader } from '@/lib/groups/queries';
import { groupAction } from '../actions';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await findGroupBySlug(await requireMember(), (await params).slug);
  // Unknown or hidden: the not-found page gives the title, and nothing about the group leaks.
  if (!group) notFound();
  return { title: group.name };
}

export default async function GroupPage({ params, searchParams }: Props) {
  const user = await requireMember();
  const { cursor } = await searchParams;
  const page = await getGroupPage(user, (await params).slug, typeof cursor === 'string' ? cursor : undefined);
  if (!page) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('groups'), getFormatter(), getLocale()]);
  const { group } = page;
  const base = `/groups/${group.slug}`;
  return (
    <div className="flex flex-col gap-6">
      <BackLink label={t('breadcrumb')} href="/groups">
        {t('title')}
      </BackLink>
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{group.name}</h1>
          <VisibilityBadge visibility={group.visibility} />
          {group.myRole ? <RoleBadge role={group.myRole} /> : null}
        </div>
        {group.description ? <p className="max-w-prose whitespace-pre-line text-zinc-700">{localized(group.description, group.descriptionEn, locale)}</p> : null}
        <p className="text-sm text-zinc-700">{t('counts', { members: group.memberCount, threads: group.threadCount })}</p>
        <div className="flex flex-wrap items-start gap-3">
          <MembershipAction group={group} />
          {group.may.post ? (
            <Link href={`${base}/new`} className={buttonClass('primary')}>
              {t('actions.newThread')}
            </Link>
          ) : null}
          {group.may.read ? (
            <Link href={`${base}/members`} className={buttonClass('secondary')}>
              {group.pendingRequestCount > 0 ? `${t('actions.members')} · ${t('actions.requests', { count: group.pendingRequestCount })}` : t('actions.members')}
            </Link>
          ) : null}
          {group.may.manage ? (
            <Link href={`${base}/settings`} className={buttonClass('ghost')}>
              {t('actions.settings')}
            </Link>
          ) : null}
        </div>
      </header>

      {!page.canRead ? (
        <Alert tone="info">{t('membersOnly')}</Alert>
      ) : (
        <section aria-labelledby="threads-heading" className="flex flex-col gap-3">
          <h2 id="threads-heading" className="text-lg font-semibold">
            {t('threads.label')}
          </h2>
          {page.threads.length === 0 ? (
            <p className="text-zinc-700">{t('noThreads')}</p>
          ) : (
            <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
              {page.threads.map((th) => (
                <li key={th.id} className="flex flex-col gap-1 p-4">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`${base}/${th.id}`} className={`text-brand-ink underline-offset-4 hover:underline ${th.unread ? 'font-bold' : 'font-medium'}`}>
                      <ThreadTitle title={th.title} hiddenReason={th.hiddenReason} />
                    </Link>
                    {th.unread ? <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-brand-fg">{t('threads.new')}</span> : null}
                    {th.pinned ? <span className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">{t('threads.pinned')}</span> : null}
                    {th.locked ? <span className="rounded-full border border-zinc-300 bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-800">{t('threads.locked')}</span> : null}
                  </div>
                  <span className="text-sm text-zinc-700">
                    {t('threadMeta', { author: th.authorName, replies: th.replyCount, when: format.relativeTime(th.lastPostAt) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <nav className="flex flex-wrap gap-3" aria-label={t('threads.label')}>
            {cursor ? (
              <Link href={base} className={buttonClass('ghost')}>
                {t('threads.newest')}
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link href={`${base}?cursor=${page.nextCursor}`} className={buttonClass('secondary')}>
                {t('threads.older')}
              </Link>
            ) : null}
          </nav>
        </section>
      )}
      {group.may.read ? <GroupLive groupIds={[group.id]} /> : null}
    </div>
  );
}

/** The one thing the actor can do about belonging here, given where they stand. */
async function MembershipAction({ group }: { group: GroupHeader }) {
  const t = await getTranslations('groups.actions');
  const fields = { groupId: group.id };
  if (group.myRole) return <GroupAction action={groupAction} intent="leave" fields={fields} label={t('leave')} pendingLabel={t('working')} variant="secondary" />;
  if (group.invited) {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-sm font-medium">{t('invited')}</p>
        <div className="flex flex-wrap gap-2">
          <GroupAction action={groupAction} intent="respond" fields={{ ...fields, response: 'accept' }} label={t('accept')} pendingLabel={t('working')} />
          <GroupAction action={groupAction} intent="respond" fields={{ ...fields, response: 'decline' }} label={t('decline')} pendingLabel={t('working')} variant="secondary" />
        </div>
      </div>
    );
  }
  if (group.visibility === 'open' || group.may.moderate) return <GroupAction action={groupAction} intent="join" fields={fields} label={t('join')} pendingLabel={t('working')} />;
  if (group.pendingRequest) return <p className="rounded-md border border-zinc-300 bg-zinc-50 px-4 py-2 text-sm font-medium text-zinc-800">{t('requestPending')}</p>;
  if (group.visibility === 'request') {
    return (
      <GroupAction action={groupAction} intent="request" fields={fields} label={t('request')} pendingLabel={t('working')} className="w-full max-w-md">
        <label htmlFor="request-message" className="text-sm font-medium text-zinc-800">
          {t('requestMessage')}
        </label>
        <textarea id="request-message" name="message" maxLength={500} rows={2} className="rounded-md border border-zinc-400 bg-white px-3 py-2 text-base" />
      </GroupAction>
    );
  }
  return null;
}
