import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ChartProps } from './metric-chart';
import { ExportLinks } from '@/components/export/export-links';
import { LazyChart } from './lazy-chart';

/**
 * A chart with its data behind it: the picture for the eye (hidden from screen readers), the table in
 * a disclosure for exact values, reachable by everyone, and the table's CSV and .xlsx. Without a chart, the table.
 */
export async function ChartBlock({ title, chart, table, exportHref }: { title: string; chart: ChartProps | null; table: ReactNode; exportHref: string }) {
  const t = await getTranslations('dashboard');
  return (
    <figure className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <figcaption className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-semibold">{title}</span>
        <ExportLinks href={exportHref} />
      </figcaption>
      {chart ? (
        <>
          <LazyChart {...chart} />
          <details>
            <summary className="cursor-pointer text-sm font-medium text-zinc-800">{t('showTable')}</summary>
            <div className="mt-3">{table}</div>
          </details>
        </>
      ) : (
        table
      )}
    </figure>
  );
}
