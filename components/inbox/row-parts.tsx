import { Siren } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { InboxRow } from '@/lib/complaints/inbox';

/** "#128 Title", to the complaint's own page where staff answer it; and its incident, if any. */
export async function ComplaintTitle({ row }: { row: InboxRow }) {
  const t = await getTranslations('inbox.row');
  return (
    <div className="flex flex-col gap-1">
      <Link href={`/board/${row.number}`} className="font-semibold text-brand-ink underline-offset-4 hover:underline">
        <span className="mr-1 text-zinc-700">#{row.number}</span>
        {row.title}
      </Link>
      <span className="text-sm text-zinc-700">{t('where', { category: row.categoryName, branch: row.branchName })}</span>
      {row.incidentId ? (
        <Link href={`/staff/incidents/${row.incidentId}`} className="inline-flex items-center gap-1 self-start text-sm font-medium text-brand-ink underline underline-offset-4">
          <Siren aria-hidden="true" size={14} />
          {t('incident')}
        </Link>
      ) : null}
    </div>
  );
}

/** The person, the team, both ("Laura · Recepción"), or plainly nobody yet. */
export async function Assigned({ row }: { row: InboxRow }) {
  const t = await getTranslations('inbox.row');
  const names = [row.assigneeName, row.teamName].filter(Boolean);
  if (names.length === 0) return <span className="text-sm italic text-zinc-700">{t('unassigned')}</span>;
  return <span className="text-sm text-zinc-900">{names.join(' · ')}</span>;
}

export async function MeToo({ row }: { row: InboxRow }) {
  const t = await getTranslations('inbox.row');
  return <span className="whitespace-nowrap text-sm text-zinc-800">{t('meToo', { count: row.meTooCount })}</span>;
}
