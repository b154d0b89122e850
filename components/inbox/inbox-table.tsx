import { getTranslations } from 'next-intl/server';
import type { InboxRow } from '@/lib/complaints/inbox';
import { PriorityBadge } from './priority-badge';
import { Assigned, ComplaintTitle, MeToo, type RowWords } from './row-parts';
import { RowCheck, SelectAll } from './selection';
import { SlaClock } from './sla-clock';
import { SpriteStatusBadge } from '@/components/board/status-badge';

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-zinc-700';
const TD = 'px-3 py-3 align-top';

/** The inbox on wider screens: one row per complaint, the most urgent clock first. */
export async function InboxTable({ rows, now, say }: { rows: InboxRow[]; now: Date; say: RowWords }) {
  const t = await getTranslations('inbox');
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm md:block">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50">
          <tr>
            <th scope="col" className="w-12 px-1">
              <SelectAll label={t('select.all')} />
            </th>
            <th scope="col" className={TH}>{t('table.complaint')}</th>
            <th scope="col" className={TH}>{t('table.status')}</th>
            <th scope="col" className={TH}>{t('table.priority')}</th>
            <th scope="col" className={TH}>{t('table.assigned')}</th>
            <th scope="col" className={TH}>{t('table.meToo')}</th>
            <th scope="col" className={TH}>{t('table.nextDue')}</th>
            <th scope="col" className={TH}>{t('table.resolutionDue')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-1 py-1 align-top">
                <RowCheck id={row.id} label={t('select.one', { number: row.number, title: row.title })} />
              </td>
              <td className={`${TD} min-w-56`}>
                <ComplaintTitle row={row} say={say} />
              </td>
              <td className={TD}>
                <SpriteStatusBadge status={row.status} label={say.status(row.status)} />
              </td>
              <td className={TD}>
                <PriorityBadge priority={row.priority} say={say} />
              </td>
              <td className={TD}>
                <Assigned row={row} say={say} />
              </td>
              <td className={TD}>
                <MeToo row={row} say={say} />
              </td>
              <td className={TD}>
                <SlaClock due={row.nextDueAt} since={row.waitingSince} now={now} say={say} />
              </td>
              <td className={TD}>
                <SlaClock due={row.resolutionDueAt} since={row.createdAt} now={now} say={say} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
