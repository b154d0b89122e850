import { BarChart3, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { BoardFiltersForm } from '@/components/board/board-filters';
import { ComplaintCard } from '@/components/board/complaint-card';
import { LiveRefresh } from '@/components/shell/live-refresh';
import { buttonClass } from '@/components/ui/button';
import { can } from '@/lib/policy';
import { requireBoardViewer } from '@/lib/complaints/board-viewer';
import { boardFilters, listBoard } from '@/lib/complaints/board';
import { complaintOptions } from '@/lib/complaints/options';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireBoardViewer();
  return { title: (await getTranslations('complaints.board'))('title') };
}

/** Keeps the current filters in a link while changing one value (the next page). */
function hrefWith(params: Record<string, string | undefined>, change: Record<string, string | undefined>): string {
  const merged = Object.entries({ ...params, ...change }).filter((e): e is [string, string] => Boolean(e[1]));
  return `/board${merged.length ? `?${new URLSearchParams(merged)}` : ''}`;
}

export default async function BoardPage({ searchParams }: Props) {
  const user = await requireBoardViewer();
  const filters = boardFilters.parse(await searchParams);
  const [t, page, options] = await Promise.all([getTranslations('complaints.board'), listBoard(user, filters), complaintOptions(await getLocale())]);
  const { after: _, ...kept } = filters;
  const filtered = Boolean(filters.status || filters.category || filters.branch || filters.waiting || filters.mine || filters.followed);
  return (
    <div className="flex flex-col gap-6">
      {user ? <LiveRefresh room="board" events={['board:changed']} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex max-w-2xl flex-col gap-1">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="text-zinc-700">{t('intro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/board/transparency" className={buttonClass('secondary')}>
            <BarChart3 aria-hidden className="size-4" />
            {t('transparency')}
          </Link>
          {user && can(user, 'file:complaint') ? (
            <Link href="/board/new" className={buttonClass('primary')}>
              <Plus aria-hidden className="size-4" />
              {t('file')}
            </Link>
          ) : null}
        </div>
      </div>
      <BoardFiltersForm filters={filters} categories={options.categories} branches={options.branches} signedIn={user !== null} />
      {page.cards.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-zinc-700">{filtered ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t('listLabel')}>
          {page.cards.map((card) => (
            <ComplaintCard key={card.id} card={card} />
          ))}
        </ul>
      )}
      <nav aria-label={t('pages')} className="flex flex-wrap justify-between gap-3">
        {filters.after ? (
          <Link href={hrefWith(kept, {})} className={buttonClass('secondary')}>
            {t('first')}
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Link href={hrefWith(kept, { after: page.nextCursor })} className={buttonClass('secondary')}>
            {t('next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
