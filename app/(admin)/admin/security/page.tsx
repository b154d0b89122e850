import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraceForm, ResetSecondFactorForm } from '@/components/two-factor/admin-forms';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/session';
import { can } from '@/lib/policy';
import { listSecondFactors, loadTwoFactorRule } from '@/lib/two-factor/queries';
import { resetSecondFactorAction, setGraceAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('twoFactor.admin'))('title') };
}

export default async function SecurityAdminPage() {
  const user = await requireRole('manager');
  const [t, admin, roles, rule, people] = await Promise.all([getTranslations('twoFactor.admin'), getTranslations('admin'), getTranslations('roles'), loadTwoFactorRule(), listSecondFactors(user)]);
  const now = new Date();
  const statusOf = (p: (typeof people)[number]) => {
    if (p.enabledAt) return p.role === 'member' ? t('memberOptional') : t('enabledSince', { date: p.enabledAt });
    return p.dueAt && p.dueAt <= now ? t('overdue', { date: p.dueAt }) : t('dueBy', { date: p.dueAt ?? now });
  };
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <BackLink href="/admin" label={admin('title')}>
        {admin('title')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-800">{t('intro')}</p>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('graceTitle')}</h2>
        <GraceForm action={setGraceAction} graceDays={rule.graceDays} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('listTitle')}</h2>
        {people.length === 0 ? (
          <p className="text-sm text-zinc-700">{t('none')}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-zinc-200">
            {people.map((p) => {
              const overdue = !p.enabledAt && p.dueAt !== null && p.dueAt <= now;
              return (
                <li key={p.id} data-testid="second-factor-row" className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="font-medium [overflow-wrap:anywhere]">
                      {p.displayName}
                      <span className="font-normal text-zinc-700">
                        {' '}
                        · {roles(p.role)}
                        {p.staffTitle ? ` · ${p.staffTitle}` : ''}
                      </span>
                    </p>
                    <p className={`text-sm ${overdue ? 'font-semibold text-red-800' : 'text-zinc-700'}`}>{statusOf(p)}</p>
                  </div>
                  {p.enabledAt && can(user, 'reset:two_factor', { id: p.id, role: p.role }) ? (
                    <ResetSecondFactorForm action={resetSecondFactorAction} userId={p.id} name={p.displayName} />
                  ) : p.id === user.id && p.enabledAt ? (
                    <p className="text-sm text-zinc-700">{t('you')}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
