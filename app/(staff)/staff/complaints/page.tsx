import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getNow, getTranslations } from 'next-intl/server';
import { BulkBar } from '@/components/inbox/bulk-bar';
import { InboxCards } from '@/components/inbox/inbox-cards';
import { InboxIcons } from '@/components/inbox/inbox-icons';
import { InboxFilterForm } from '@/components/inbox/inbox-filters';
import { InboxLive } from '@/components/inbox/inbox-live';
import { InboxTable } from '@/components/inbox/inbox-table';
import { rowWords } from '@/components/inbox/row-parts';
import { SelectionProvider } from '@/components/inbox/selection';
import { buttonClass } from '@/components/ui/button';
import { requirePermission } from '@/lib/auth/session';
import { assignees, inboxFilters, listInbox } from '@/lib/complaints/inbox';
import { INCIDENT_TYPES } from '@/lib/complaints/incidents/fields';
import { complaintOptions } from '@/lib/complaints/options';
import { PRIORITIES } from '@/lib/complaints/sla';
import { inboxAction } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inbox'))('title') };
}

export default async function InboxPage({ searchParams }: Props) {
  const user = await requirePermission('view:complaint_inbox');
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A hand-edited or stale address falls back to "any" for whatever it got wrong.
  const filters = inboxFilters.parse(params);
  const now = await getNow();
  const [t, page, options, staff, say] = await Promise.all([getTranslations('inbox'), listInbox(user, filters, now), complaintOptions(await getLocale()), assignees(user), rowWords()]);
  const filtered = Object.entries(filters).some(([k, v]) => k !== 'after' && v !== undefined && v !== 'all');

  const pageHref = (after: string | null) => {
    const query = new URLSearchParams(Object.entries({ ...filters, after: after ?? undefined }).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== 'all'));
    return `/staff/complaints${query.size > 0 ? `?${query}` : ''}`;
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-2 max-w-prose text-zinc-700">{t('intro')}</p>
        </div>
        <Link href="/staff/incidents" className={buttonClass('secondary')}>
          {t('incidents.manage')}
        </Link>
      </div>
      <InboxFilterForm filters={filters} categories={options.categories} branches={options.branches} />
      <section aria-labelledby="inbox-results" className="flex flex-col gap-3">
        <h2 id="inbox-results" className="text-lg font-semibold">
          {filters.after ? t('resultsMore', { count: page.rows.length }) : t('results', { count: page.rows.length })}
        </h2>
        {page.rows.length === 0 ? (
          <div className="max-w-prose rounded-lg border border-dashed border-zinc-300 p-6">
            <p className="font-semibold">{filtered ? t('empty.filtered') : t('empty.none')}</p>
            <p className="mt-2 text-sm text-zinc-700">{filtered ? t('empty.filteredHint') : t('empty.noneHint')}</p>
          </div>
        ) : (
          <SelectionProvider ids={page.rows.map((r) => r.id)}>
            <InboxIcons />
            <InboxTable rows={page.rows} now={now} say={say} />
            <InboxCards rows={page.rows} now={now} say={say} />
            <BulkBar action={inboxAction} people={staff.people} teams={staff.teams} priorities={PRIORITIES} incidentTypes={INCIDENT_TYPES} />
          </SelectionProvider>
        )}
        {filters.after || page.nextCursor ? (
          <nav aria-label={t('pages.label')} className="flex flex-wrap gap-3">
            {filters.after ? (
              <Link href={pageHref(null)} className={buttonClass('secondary')}>
                {t('pages.first')}
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link href={pageHref(page.nextCursor)} className={buttonClass('secondary')}>
                {t('pages.next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <InboxLive />
    </div>
  );
}
