import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/session';
import { overdueCount } from '@/lib/privacy/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

// Each card's strings: its area's own message file names them.
const SECTIONS = [
  { href: '/admin/dashboard', key: 'dashboard.adminCard' },
  { href: '/admin/brand', key: 'admin.sections.brand' },
  { href: '/admin/members', key: 'admin.sections.members' },
  { href: '/admin/complaints', key: 'complaintSettings.adminCard' },
  { href: '/admin/mail', key: 'mailOutbox.adminCard' },
  { href: '/admin/integrations/webhooks', key: 'webhooks.adminCard' },
  { href: '/admin/moderation/words', key: 'moderation.adminCards.words' },
  { href: '/admin/audit', key: 'moderation.adminCards.audit' },
  { href: '/admin/privacy', key: 'privacy.desk.adminCard' },
  { href: '/admin/integrations', key: 'integrations.adminCard' },
  { href: '/admin/security', key: 'twoFactor.admin.card' },
  { href: '/staff', key: 'admin.sections.staff' },
] as const;

export default async function AdminPage() {
  await requireRole('manager');
  const [t, overdue] = await Promise.all([getTranslations(), overdueCount()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('admin.title')}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Card className="h-full">
              <h2 className="text-lg font-semibold">
                <Link href={s.href} className="text-brand-ink underline-offset-4 hover:underline">
                  {t(`${s.key}.title`)}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-zinc-700">{t(`${s.key}.body`)}</p>
              {s.href === '/admin/privacy' && overdue > 0 ? <p className="mt-2 text-sm font-semibold text-red-800">{t('privacy.desk.adminCard.overdue', { count: overdue })}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
