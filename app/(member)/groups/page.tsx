import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { GroupAction } from '@/components/groups/group-action';
import { GroupLive } from '@/components/groups/group-live';
import { RoleBadge } from '@/components/groups/role-badge';
import { VisibilityBadge } from '@/components/shell/visibility-badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { localized } from '@/lib/i18n/localized';
import { canSeeRoom } from '@/lib/policy/visibility';
import { listMyGroupInvitations, listVisibleGroups, mayCreateGroups } from '@/lib/groups/queries';
import { groupAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('groups'))('title') };
}

export default async function GroupsPage() {
  const user = await requireMember();
  const [t, locale, groups, invitations, canCreate] = await Promise.all([
    getTranslations('groups'),
    getLocale(),
    listVisibleGroups(user),
    listMyGroupInvitations(user),
    mayCreateGroups(user),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {canCreate ? (
          <Link href="/groups/new" className={buttonClass('primary')}>
            {t('create')}
          </Link>
        ) : null}
      </div>
      {invitations.length > 0 ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('invitations.title')}</h2>
          <ul className="mt-3 flex flex-col gap-4">
            {invitations.map((inv) => (
              <li key={inv.groupId} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                <p>
                  <Link href={`/groups/${inv.slug}`} className="font-semibold text-brand-ink underline-offset-4 hover:underline">
                    {inv.name}
                  </Link>{' '}
                  <span className="text-sm text-zinc-700">{t('invitations.from', { name: inv.invitedBy })}</span>
                </p>
                <div className="flex gap-2">
                  <GroupAction action={groupAction} intent="respond" fields={{ groupId: inv.groupId, response: 'accept' }} label={t('actions.accept')} pendingLabel={t('actions.working')} />
                  <GroupAction action={groupAction}
                    intent="respond"
                    fields={{ groupId: inv.groupId, response: 'decline' }}
                    label={t('actions.decline')}
                    pendingLabel={t('actions.working')}
                    variant="secondary"
                  />
                </div>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {groups.length === 0 ? <p className="text-zinc-700">{t('empty')}</p> : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {groups.map((g) => (
          <li key={g.id} className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/groups/${g.slug}`} className="text-brand-ink underline-offset-4 hover:underline">
                  {g.name}
                </Link>
              </h2>
              <VisibilityBadge visibility={g.visibility} />
            </div>
            {g.description ? <p className="line-clamp-3 text-sm text-zinc-700">{localized(g.description, g.descriptionEn, locale)}</p> : null}
            <p className="mt-auto flex flex-wrap items-center gap-2 text-sm text-zinc-700">
              <span>{t('counts', { members: g.memberCount, threads: g.threadCount })}</span>
              {g.myRole ? <RoleBadge role={g.myRole} /> : null}
              {g.invited ? <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-950">{t('invitedBadge')}</span> : null}
              {g.unreadCount > 0 ? (
                <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-brand-fg">
                  {t('unread', { count: g.unreadCount > 99 ? 99 : g.unreadCount })}
                  {g.unreadCount > 99 ? '+' : ''}
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <GroupLive groupIds={groups.filter((group) => canSeeRoom(user, { kind: 'group', group })).map((g) => g.id)} />
    </div>
  );
}
