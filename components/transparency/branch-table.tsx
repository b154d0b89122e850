import { getLocale, getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import type { ReactNode } from 'react';
import type { BranchFigures, TransparencyFigures } from '@/lib/complaints/metrics/queries';
import { FewAnswersNote } from './few-answers-note';
import type { FigureFormat } from './format';

/** The same figures per branch, with each branch's Bayesian trust index. Scrolls sideways on a phone. */
export async function BranchTable({ figures, format, windowLabel }: { figures: TransparencyFigures; format: FigureFormat; windowLabel: string }) {
  const [t, locale] = await Promise.all([getTranslations('transparency'), getLocale()]);
  // A missing figure: a dash to the eye, the words to a screen reader.
  const orMissing = (value: string | null): ReactNode =>
    value ?? (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t('notEnoughData')}</span>
      </>
    );
  const columns: [key: string, cell: (b: BranchFigures) => ReactNode][] = [
    ['complaints', (b) => format.count(b.complaints)],
    ['responseRate', (b) => orMissing(format.percent(b.responseRate))],
    ['firstResponseMedian', (b) => orMissing(format.duration(b.firstResponseMedianSeconds))],
    ['solutionRate', (b) => orMissing(format.percent(b.solutionRate))],
    ['averageRating', (b) => orMissing(format.rating(b.averageRating))],
    ['wouldStay', (b) => orMissing(format.percent(b.wouldStayRate))],
    ['answers', (b) => format.count(b.answers)],
    [
      'trustIndex',
      (b) => (
        <span className="inline-flex flex-col items-end gap-1">
          {orMissing(format.index(b.trustIndex))}
          {b.trustIndex !== null && b.fewAnswers ? <FewAnswersNote min={figures.minEvaluations} compact /> : null}
        </span>
      ),
    ],
  ];
  return (
    <section aria-labelledby="branches-title" className="flex flex-col gap-3">
      <h2 id="branches-title" className="text-lg font-semibold">
        {t('branches.title')}
      </h2>
      {figures.branches.length === 0 ? (
        <p className="text-zinc-700">{t('branches.none')}</p>
      ) : (
        <>
          <p className="text-sm text-zinc-700 lg:hidden">{t('branches.scrollHint')}</p>
          {/* Focusable so that keyboard users can scroll it too; relative so the screen-reader-only texts in
              its cells stay inside it instead of widening the page. */}
          <div role="region" aria-labelledby="branches-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
            <table className="w-full min-w-[56rem] text-left text-sm">
              <caption id="branches-caption" className="sr-only">
                {t('branches.caption', { window: windowLabel })}
              </caption>
              <thead className="bg-zinc-50">
                <tr className="border-b border-zinc-200">
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t('branches.branch')}
                  </th>
                  {columns.map(([key]) => (
                    <th key={key} scope="col" className="px-3 py-2 text-right font-semibold">
                      {t(`branches.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.branches.map((b) => (
                  <tr key={b.id} className="border-b border-zinc-100 last:border-0">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {localized(b.name, b.nameEn, locale)}
                    </th>
                    {columns.map(([key, cell]) => (
                      <td key={key} className="px-3 py-2 text-right tabular-nums">
                        {cell(b)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
