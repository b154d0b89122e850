import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { InboxRow } from '@/lib/complaints/inbox';
import { PriorityBadge } from './priority-badge';
import { Assigned, ComplaintTitle, MeToo, type RowWords } from './row-parts';
import { RowCheck, SelectAll } from './selection';
import { SlaClock } from './sla-clock';
import { SpriteStatusBadge } from '@/components/board/status-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs font-semibold uppercase tracking-wide text-zinc-700">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The inbox on a phone: each complaint a card, its clocks side by side under the title. */
export async function InboxCards({ rows, now, say }: { rows: InboxRow[]; now: Date; say: RowWords }) {
  const t = await getTranslations('inbox');
  return (
    <div className="flex flex-col gap-3 md:hidden">
      <div className="-ml-3">
        <SelectAll label={t('select.all')} visibleLabel />
      </div>
      <ul className="flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.id} className="flex gap-1 rounded-lg border border-zinc-200 bg-white py-2 pr-3 shadow-sm">
            <div className="shrink-0">
              <RowCheck id={row.id} label={t('select.one', { number: row.number, title: row.title })} />
            </div>
            <div className="flex min-w-0 flex-1 flex-col gap-2 pt-2">
              <div className="flex flex-wrap items-center gap-2">
                <SpriteStatusBadge status={row.status} label={say.status(row.status)} />
                <PriorityBadge priority={row.priority} say={say} />
              </div>
              <ComplaintTitle row={row} say={say} />
              <dl className="grid grid-cols-2 gap-x-3 gap-y-2">
                <Fact label={t('table.assigned')}>
                  <Assigned row={row} say={say} />
                </Fact>
                <Fact label={t('table.meToo')}>
                  <MeToo row={row} say={say} />
                </Fact>
                <Fact label={t('table.nextDue')}>
                  <SlaClock due={row.nextDueAt} since={row.waitingSince} now={now} say={say} />
                </Fact>
                <Fact label={t('table.resolutionDue')}>
                  <SlaClock due={row.resolutionDueAt} since={row.createdAt} now={now} say={say} />
                </Fact>
              </dl>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
