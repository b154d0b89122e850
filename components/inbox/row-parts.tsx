import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import type { InboxRow } from '@/lib/complaints/inbox';
import { SpriteIcon } from '@/components/ui/icon-sprite';

/**
 * What every row says, fetched once for the page: each cell is then a plain function, not an async
 * component of its own (60 rows × 6 cells were each a separate piece of the page's flight data).
 */
export async function rowWords() {
  const [row, sla, priority, status, format, locale] = await Promise.all([
    getTranslations('inbox.row'),
    getTranslations('inbox.sla'),
    getTranslations('complaints.priority'),
    getTranslations('complaints.status'),
    getFormatter(),
    getLocale(),
  ]);
  return { row, sla, priority, status, format, locale };
}

export type RowWords = Awaited<ReturnType<typeof rowWords>>;

/** "#128 Title", to the complaint's own page where staff answer it; and its incident, if any. */
export function ComplaintTitle({ row, say }: { row: InboxRow; say: RowWords }) {
  return (
    <div className="flex flex-col gap-1">
      <Link href={`/board/${row.number}`} className="font-semibold text-brand-ink underline-offset-4 hover:underline">
        <span className="mr-1 text-zinc-700">#{row.number}</span>
        {row.title}
      </Link>
      <span className="text-sm text-zinc-700">{say.row('where', { category: localized(row.categoryName, row.categoryNameEn, say.locale), branch: localized(row.branchName, row.branchNameEn, say.locale) })}</span>
      {row.incidentId ? (
        <Link href={`/staff/incidents/${row.incidentId}`} className="inline-flex items-center gap-1 self-start text-sm font-medium text-brand-ink underline underline-offset-4">
          <SpriteIcon id="inbox-incident" size={14} />
          {say.row('incident')}
        </Link>
      ) : null}
    </div>
  );
}

/** The person, the team, both ("Laura · Recepción"), or plainly nobody yet. */
export function Assigned({ row, say }: { row: InboxRow; say: RowWords }) {
  const names = [row.assigneeName, row.teamName].filter(Boolean);
  if (names.length === 0) return <span className="text-sm italic text-zinc-700">{say.row('unassigned')}</span>;
  return <span className="text-sm text-zinc-900">{names.join(' · ')}</span>;
}

export function MeToo({ row, say }: { row: InboxRow; say: RowWords }) {
  return <span className="whitespace-nowrap text-sm text-zinc-800">{say.row('meToo', { count: row.meTooCount })}</span>;
}
