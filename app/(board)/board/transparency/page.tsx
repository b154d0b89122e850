import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ModerationFiguresLink } from '@/components/moderation/figures-link';
import { BranchTable } from '@/components/transparency/branch-table';
import { FigureGrid } from '@/components/transparency/figure-grid';
import { figureFormat } from '@/components/transparency/format';
import { TrustIndex } from '@/components/transparency/trust-index';
import { WindowNav } from '@/components/transparency/window-nav';
import { requireBoardViewer } from '@/lib/complaints/board-viewer';
import { sharedTransparencyFigures } from '@/lib/complaints/metrics/shared';
import { parseWindowDays, transparencyHref, WINDOW_DAYS } from '@/lib/complaints/metrics/window';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireBoardViewer();
  return { title: (await getTranslations('transparency'))('title') };
}

export default async function TransparencyPage({ searchParams }: Props) {
  await requireBoardViewer();
  const windowDays = parseWindowDays((await searchParams).window);
  const [t, format, figures, dates] = await Promise.all([getTranslations('transparency'), figureFormat(), sharedTransparencyFigures(windowDays), getFormatter()]);
  const windows = WINDOW_DAYS.map((days) => ({ days, href: transparencyHref(days), current: days === windowDays }));
  const day = (d: Date) => dates.dateTime(d, { dateStyle: 'long' });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-prose text-zinc-800">{t('intro')}</p>
      </div>
      <div className="flex flex-col gap-2">
        <WindowNav windows={windows} />
        <p className="text-sm text-zinc-700">{t('period', { from: day(figures.from), to: day(figures.to) })}</p>
      </div>
      <TrustIndex figures={figures} format={format} />
      <FigureGrid figures={figures.network} format={format} minEvaluations={figures.minEvaluations} />
      <BranchTable figures={figures} format={format} windowLabel={t('window', { days: windowDays })} />
      <ModerationFiguresLink />
    </div>
  );
}
