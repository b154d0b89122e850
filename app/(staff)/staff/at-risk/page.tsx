import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AtRiskFilters } from '@/components/at-risk/at-risk-filters';
import { MemberCard } from '@/components/at-risk/member-card';
import { InboxLive } from '@/components/inbox/inbox-live';
import { BackLink } from '@/components/ui/back-link';
import { CHANNELS, OUTCOMES, VALUE_BANDS } from '@/lib/at-risk/fields';
import { atRiskFilters, listAtRisk } from '@/lib/at-risk/queries';
import { requirePermission } from '@/lib/auth/session';
import { assignees } from '@/lib/complaints/inbox';
import { complaintOptions } from '@/lib/complaints/options';
import { hasRole } from '@/lib/policy';
import { atRiskAction } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('atRisk'))('title') };
}

const named = (rows: { id: string; name: string }[]) => rows.map((r) => ({ value: r.id, label: r.name }));

export default async function AtRiskPage({ searchParams }: Props) {
  const user = await requirePermission('view:at_risk');
  const filters = atRiskFilters.parse(await searchParams);
  const [t, rows, options, { people }] = await Promise.all([getTranslations('atRisk'), listAtRisk(user, filters), complaintOptions(await getLocale()), assignees(user)]);
  const filtered = Boolean(filters.branch || filters.category || filters.staff);
  const ctx = {
    action: atRiskAction,
    viewer: { id: user.id, manager: hasRole(user, 'manager') },
    people: people.map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name })),
    channels: CHANNELS,
    outcomes: OUTCOMES,
    bands: VALUE_BANDS,
    today: new Date().toISOString().slice(0, 10),
  };
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/staff" label={t('backLabel')}>
        {t('back')}
      </BackLink>
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-prose text-zinc-700">{t('intro')}</p>
      </div>
      <AtRiskFilters branches={named(options.branches)} categories={named(options.categories)} staff={named(people)} current={filters} />
      <p className="text-sm font-medium" role="status">
        {t('count', { count: rows.length })}
      </p>
      {rows.length === 0 ? <p className="text-zinc-700">{filtered ? t('emptyFiltered') : t('empty')}</p> : null}
      <ul className="flex flex-col gap-4 empty:hidden">
        {rows.map((row) => (
          <MemberCard key={row.memberId} row={row} ctx={ctx} />
        ))}
      </ul>
      <InboxLive events={['atrisk:changed']} />
    </div>
  );
}
