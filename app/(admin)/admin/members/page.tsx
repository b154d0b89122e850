import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MemberControls } from '@/components/admin/member-controls';
import { MemberFiltersForm } from '@/components/members/member-filters';
import { MemberStatus } from '@/components/members/member-status';
import { LiftSanctions } from '@/components/moderation/lift-sanctions';
import { Card } from '@/components/ui/card';
import { NewerOlderNav } from '@/components/ui/newer-older-nav';
import { can } from '@/lib/policy';
import { requireRole } from '@/lib/auth/session';
import { findMember, listMembers, type MemberFilters, type MemberRow, memberGroupOptions } from '@/lib/members/queries';
import { liftableSanctions } from '@/lib/moderation/queries';
import { moderationAction } from '@/app/(staff)/staff/moderation/actions';
import { sanctionMemberAction, setMemberRoleAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('memberList'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const FILTERS = ['q', 'role', 'status', 'group', 'sort'] as const;

/** The directory: search, filters, Spanish name order, pages; "Manage" opens one member's controls above it. */
export default async function MembersPage({ searchParams }: Props) {
  const user = await requireRole('manager');
  const q = await searchParams;
  const text = (k: string) => (typeof q[k] === 'string' && q[k] ? q[k] : undefined);
  const filters: MemberFilters = Object.fromEntries(FILTERS.flatMap((k) => (text(k) ? [[k, text(k)]] : [])));
  const [t, roster, roles, format, groups, list, managed] = await Promise.all([
    getTranslations('memberList'),
    getTranslations('roster'),
    getTranslations('roles'),
    getFormatter(),
    memberGroupOptions(user),
    listMembers(user, { ...filters, page: text('page') }),
    findMember(user, text('member')),
  ]);
  const sanctions = managed && managed.id !== user.id ? await liftableSanctions(user, [managed.id]) : new Map();
  const href = (extra: Record<string, string>) => `/admin/members?${new URLSearchParams({ ...(filters as Record<string, string>), ...extra })}`;
  const pageHref = (page: number) => href(page > 1 ? { page: String(page) } : {});
  const manageHref = (m: MemberRow) => `${href({ ...(list.page > 1 ? { page: String(list.page) } : {}), member: m.id })}#manage`;
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const seen = (m: MemberRow) => (m.lastSeenAt ? format.relativeTime(m.lastSeenAt) : t('never'));
  const roleOf = (m: MemberRow) => `${roles(m.role)}${m.staffTitle ? ` · ${m.staffTitle}` : ''}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/admin/members/import" className="font-medium text-brand-ink underline">
          {roster('link')}
        </Link>
      </div>
      <MemberFiltersForm filters={filters} groups={groups} active={Object.keys(filters).length > 0} />
      {managed ? (
        <Card id="manage" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">{t('manageName', { name: managed.displayName })}</h2>
            <Link href={pageHref(list.page)} className="text-sm font-medium text-brand-ink underline">
              {t('close')}
            </Link>
          </div>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {t('currentStatus')} <MemberStatus member={managed} />
          </p>
          {managed.status !== 'active' && managed.statusReason ? <p className="text-sm text-zinc-700 [overflow-wrap:anywhere]">{t('currentReason', { reason: managed.statusReason })}</p> : null}
          {can(user, 'impose:sanction', { kind: 'ban', user: managed, appealable: false }) ? (
            <MemberControls key={managed.id} userId={managed.id} role={managed.role} staffTitle={managed.staffTitle} actions={{ setStatus: sanctionMemberAction, setRole: setMemberRoleAction }} />
          ) : (
            <p className="text-sm text-zinc-700">{(await getTranslations('admin.members'))('self')}</p>
          )}
          {managed.id !== user.id ? <LiftSanctions sanctions={sanctions.get(managed.id) ?? []} action={moderationAction} /> : null}
        </Card>
      ) : null}
      <p className="text-sm text-zinc-700" role="status">
        {t('count', { total: list.total })}
      </p>
      {list.members.length > 0 ? (
        <>
          <div className="hidden overflow-hidden rounded-lg border border-zinc-200 bg-white md:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('caption', { sort: t(`sorts.${list.sort}`) })}</caption>
              <thead className="bg-zinc-50">
                <tr className="border-b border-zinc-200">
                  {(['name', 'number', 'role', 'status', 'since', 'lastSeen'] as const).map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 font-semibold">
                      {t(`columns.${c}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t('columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.members.map((m) => (
                  <tr key={m.id} className={`border-b border-zinc-100 align-top last:border-0 ${managed?.id === m.id ? 'bg-brand/5' : ''}`}>
                    <th scope="row" className="px-3 py-2 font-normal">
                      <span className="block font-semibold text-zinc-900">{m.displayName}</span>
                      <span className="block text-zinc-700 [overflow-wrap:anywhere]">{m.email}</span>
                    </th>
                    <td className="px-3 py-2 tabular-nums">{m.membershipNumber ?? <span className="text-zinc-600">{t('noNumber')}</span>}</td>
                    <td className="px-3 py-2">{roleOf(m)}</td>
                    <td className="px-3 py-2">
                      <MemberStatus member={m} />
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{day(m.createdAt)}</td>
                    <td className="whitespace-nowrap px-3 py-2">{seen(m)}</td>
                    <td className="px-3 py-2 text-right">
                      <Link href={manageHref(m)} className="font-medium text-brand-ink underline" aria-label={t('manageName', { name: m.displayName })}>
                        {t('manage')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="flex flex-col gap-3 md:hidden">
            {list.members.map((m) => (
              <li key={m.id} className="flex flex-col gap-1 rounded-lg border border-zinc-200 bg-white p-4 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="text-base font-semibold text-zinc-900">{m.displayName}</span>
                  <MemberStatus member={m} />
                </div>
                <span className="text-zinc-700 [overflow-wrap:anywhere]">{m.email}</span>
                <span>
                  {roleOf(m)}
                  {m.membershipNumber ? ` · ${t('columns.number')} ${m.membershipNumber}` : ''}
                </span>
                <span className="text-zinc-700">
                  {t('since', { date: day(m.createdAt) })} · {m.lastSeenAt ? t('seen', { date: seen(m) }) : t('never')}
                </span>
                <Link href={manageHref(m)} className="mt-1 inline-flex min-h-11 items-center font-medium text-brand-ink underline" aria-label={t('manageName', { name: m.displayName })}>
                  {t('manage')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {list.pages > 1 ? (
        <div className="flex flex-wrap items-center gap-4">
          <NewerOlderNav
            label={t('pages')}
            newest={list.page > 1 ? { href: pageHref(list.page - 1), text: `← ${t('previous')}` } : null}
            older={list.page < list.pages ? { href: pageHref(list.page + 1), text: `${t('next')} →` } : null}
          />
          <span className="text-sm text-zinc-700">{t('page', { page: list.page, pages: list.pages })}</span>
        </div>
      ) : null}
    </div>
  );
}
