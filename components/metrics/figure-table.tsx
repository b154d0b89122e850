import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { FigureFormat } from '@/components/transparency/format';
import type { Cell, CellKind, FigureTable as Table } from '@/lib/metrics/tables';

/** A cell as the reader sees it; a missing figure is a dash to the eye and words to a screen reader. */
export function formatCell(cell: Cell, kind: CellKind, format: FigureFormat, day: (d: Date) => string): string | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return kind === 'date' ? day(new Date(cell)) : cell;
  switch (kind) {
    case 'percent':
      return format.percent(cell);
    case 'rating':
      return format.rating(cell);
    case 'index':
      return format.index(cell);
    case 'duration':
      return format.duration(cell);
    default:
      return format.count(cell);
  }
}

/** One of the dashboard's tables; headers wrap so it fits a desktop screen, it scrolls sideways on a phone, reachable by keyboard. */
export async function FigureTable({ table, caption, format, day, part }: { table: Table; caption: string; format: FigureFormat; day: (d: Date) => string; part?: string }) {
  const [t, tt] = await Promise.all([getTranslations('dashboard'), getTranslations('transparency')]);
  const missing: ReactNode = (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{tt('notEnoughData')}</span>
    </>
  );
  const id = `table-${table.name}${part ? `-${part}` : ''}`;
  if (table.rows.length === 0) return <p className="text-sm text-zinc-700">{t('emptyTable')}</p>;
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption id={id} className="sr-only">
          {caption}
        </caption>
        <thead className="bg-zinc-50">
          <tr className="border-b border-zinc-200">
            {table.columns.map((c, i) => (
              <th key={c.key} scope="col" className={`px-3 py-2 align-bottom font-semibold ${i === 0 ? 'whitespace-nowrap' : 'text-right text-balance'}`}>
                {t(`columns.${c.key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className="border-b border-zinc-100 last:border-0">
              {row.map((cell, i) => {
                const kind = table.columns[i]!.kind;
                const text = formatCell(cell, kind, format, day) ?? missing;
                return i === 0 ? (
                  <th key={i} scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                    {text}
                  </th>
                ) : (
                  <td key={i} className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
