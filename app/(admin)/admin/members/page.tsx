import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MemberControls } from '@/components/admin/member-controls';
import { LiftSanctions } from '@/components/moderation/lift-sanctions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { can } from '@/lib/policy';
import { requireRole } from '@/lib/auth/session';
import { listMembers } from '@/lib/members/queries';
import { liftableSanctions } from '@/lib/moderation/queries';
import { moderationAction } from '@/app/(staff)/staff/moderation/actions';
import { sanctionMemberAction, setMemberRoleAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.members'))('title') };
}

export default async function MembersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireRole('manager');
  const { q } = await searchParams;
  const [t, roles, format, members] = await Promise.all([
    getTranslations('admin.members'),
    getTranslations('roles'),
    getFormatter(),
    listMembers(user, { query: q }),
  ]);
  const sanctions = await liftableSanctions(user, members.map((m) => m.id));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <form role="search" className="flex max-w-lg items-end gap-2">
        <Field name="q" type="search" label={t('search')} defaultValue={q ?? ''} className="flex-1" />
        <Button type="submit" variant="secondary">
          {t('searchSubmit')}
        </Button>
      </form>
      <ul className="flex flex-col gap-3">
        {members.map((m) => (
          <li key={m.id} className="rounded-lg border border-zinc-200 bg-white p-4">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-semibold">{m.displayName}</span>
                <span className="text-sm text-zinc-700">{m.email}</span>
                <span className="rounded-full border border-zinc-300 px-2 text-xs">
                  {roles(m.role)}
                  {m.staffTitle ? ` · ${m.staffTitle}` : ''}
                </span>
                {m.status !== 'active' ? (
                  <span className="rounded-full bg-red-100 px-2 text-xs font-medium text-red-900">
                    {t(`statuses.${m.status}`)}
                    {m.statusUntil ? ` · ${format.dateTime(m.statusUntil, { dateStyle: 'medium' })}` : ''}
                  </span>
                ) : null}
              </summary>
              <div className="mt-4">
                {can(user, 'impose:sanction', { kind: 'ban', user: m, appealable: false }) ? <MemberControls userId={m.id} role={m.role} staffTitle={m.staffTitle} actions={{ setStatus: sanctionMemberAction, setRole: setMemberRoleAction }} /> : <p className="text-sm text-zinc-700">{t('self')}</p>}
                {m.id !== user.id ? <LiftSanctions sanctions={sanctions.get(m.id) ?? []} action={moderationAction} /> : null}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
