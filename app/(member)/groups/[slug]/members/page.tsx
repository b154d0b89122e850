import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/ui/back-link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { GroupAction } from '@/components/groups/group-action';
import { GroupLive } from '@/components/groups/group-live';
import { RoleBadge } from '@/components/groups/role-badge';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { requireMember } from '@/lib/auth/session';
import {
  findGroupBySlug,
  listGroupInvitations,
  listGroupMembers,
  listPendingGroupRequests,
  searchInvitableMembers,
} from '@/lib/groups/queries';
import { groupAction } from '../../actions';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string; q?: string }> };

const ROLES = ['member', 'moderator', 'owner'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await findGroupBySlug(await requireMember(), (await params).slug);
  if (!group) notFound();
  return { title: (await getTranslations('groups.members'))('pageTitle', { group: group.name }) };
}

export default async function GroupMembersPage({ params, searchParams }: Props) {
  const user = await requireMember();
  const group = await findGroupBySlug(user, (await params).slug);
  if (!group) notFound();
  const { page: rawPage, q = '' } = await searchParams;
  const page = Math.max(1, Number.parseInt(rawPage ?? '1', 10) || 1);
  const [t, ta, tr, format, { members, hasMore }, requests, invitations, candidates] = await Promise.all([
    getTranslations('groups.members'),
    getTranslations('groups.actions'),
    getTranslations('groups.roles'),
    getFormatter(),
    listGroupMembers(user, group, page),
    listPendingGroupRequests(user, group),
    listGroupInvitations(user, group),
    searchInvitableMembers(user, group, q),
  ]);
  const base = `/groups/${group.slug}`;
  const working = ta('working');
  return (
    <div className="flex flex-col gap-6">
      <BackLink label={(await getTranslations('groups'))('breadcrumb')} href={base}>
        {group.name}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('pageTitle', { group: group.name })}</h1>
      {!group.may.read ? <Alert tone="info">{(await getTranslations('groups'))('membersOnly')}</Alert> : null}

      {group.may.moderate ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('requests')}</h2>
          {requests.length === 0 ? (
            <p className="mt-2 text-zinc-700">{t('noRequests')}</p>
          ) : (
            <ul className="mt-3 divide-y divide-zinc-200">
              {requests.map((r) => (
                <li key={r.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                  <div>
                    <p className="font-medium">{r.displayName}</p>
                    {r.message ? <p className="whitespace-pre-line text-sm text-zinc-700">{r.message}</p> : null}
                    <p className="text-xs text-zinc-600">{format.relativeTime(r.createdAt)}</p>
                  </div>
                  <div className="flex gap-2">
                    <GroupAction action={groupAction} intent="decide" fields={{ requestId: r.id, decision: 'approve' }} label={t('approve')} pendingLabel={working} />
                    <GroupAction action={groupAction} intent="decide" fields={{ requestId: r.id, decision: 'reject' }} label={t('reject')} pendingLabel={working} variant="secondary" />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}

      {group.may.moderate ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('invite')}</h2>
          <form method="get" role="search" className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
            <Field name="q" type="search" label={t('searchLabel')} hint={t('searchHint')} defaultValue={q} className="grow" autoComplete="off" />
            <button type="submit" className={buttonClass('secondary', 'sm:mb-7')}>
              {t('search')}
            </button>
          </form>
          {q.trim() ? (
            candidates.length === 0 ? (
              <p className="mt-3 text-zinc-700">{t('noResults')}</p>
            ) : (
              <ul className="mt-3 flex flex-col gap-2">
                {candidates.map((c) => (
                  <li key={c.userId} className="flex items-center justify-between gap-2">
                    <span>{c.displayName}</span>
                    <GroupAction action={groupAction}
                      intent="invite"
                      fields={{ groupId: group.id, userId: c.userId }}
                      label={t('inviteButton', { name: c.displayName })}
                      pendingLabel={working}
                      variant="secondary"
                    />
                  </li>
                ))}
              </ul>
            )
          ) : null}
          {invitations.length > 0 ? (
            <>
              <h3 className="mt-4 font-semibold">{t('invited')}</h3>
              <ul className="mt-1 text-sm text-zinc-700">
                {invitations.map((i) => (
                  <li key={i.userId}>
                    {i.displayName} · {format.relativeTime(i.createdAt)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}

      {group.may.read ? (
        <section aria-labelledby="members-heading" className="flex flex-col gap-3">
          <h2 id="members-heading" className="text-lg font-semibold">
            {t('title')} ({group.memberCount})
          </h2>
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
            {members.map((m) => (
              <li key={m.userId} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">
                    {m.displayName} {m.userId === user.id ? <span className="text-zinc-600">{t('you')}</span> : null}
                  </span>
                  <RoleBadge role={m.role} />
                  <span className="text-xs text-zinc-600">{t('joined', { when: format.dateTime(m.joinedAt, { dateStyle: 'medium' }) })}</span>
                </div>
                {group.may.manage ? (
                  <div className="flex flex-wrap items-start gap-2">
                    <GroupAction action={groupAction}
                      intent="setRole"
                      fields={{ groupId: group.id, userId: m.userId }}
                      label={t('changeRole')}
                      pendingLabel={working}
                      variant="secondary"
                      className="sm:flex-row sm:items-start"
                    >
                      <select
                        name="role"
                        defaultValue={m.role}
                        aria-label={t('role', { name: m.displayName })}
                        className="min-h-11 rounded-md border border-zinc-400 bg-white px-3"
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {tr(r)}
                          </option>
                        ))}
                      </select>
                    </GroupAction>
                    {m.userId !== user.id ? (
                      <GroupAction action={groupAction} intent="remove" fields={{ groupId: group.id, userId: m.userId }} label={t('remove')} pendingLabel={working} variant="danger" />
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          <nav className="flex gap-3" aria-label={t('title')}>
            {page > 1 ? (
              <Link href={`${base}/members?page=${page - 1}`} className={buttonClass('ghost')}>
                {t('previous')}
              </Link>
            ) : null}
            {hasMore ? (
              <Link href={`${base}/members?page=${page + 1}`} className={buttonClass('secondary')}>
                {t('next')}
              </Link>
            ) : null}
          </nav>
          <GroupLive groupIds={[group.id]} />
        </section>
      ) : null}
    </div>
  );
}
