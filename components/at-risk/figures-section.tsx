import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import { ExportLinks } from '@/components/export/export-links';
import { StatCard } from '@/components/metrics/stat-card';
import { type FigureFormat, figureFormat } from '@/components/transparency/format';
import type { AtRiskFigures, WinBackRow } from '@/lib/at-risk/figures';

type Format = FigureFormat;

async function WinBackTable({ id, title, rows, format, noName }: { id: string; title: string; rows: WinBackRow[]; format: Format; noName: string }) {
  const [t, locale] = await Promise.all([getTranslations('atRisk.figures'), getLocale()]);
  return (
    // On a phone the table scrolls sideways: the box takes the keyboard focus, named by its caption.
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="w-full text-left text-sm" aria-labelledby={id}>
        <caption id={id} className="px-3 py-2 text-left font-semibold">
          {title}
        </caption>
        <thead>
          <tr className="border-y border-zinc-200 bg-zinc-50">
            {(['name', 'closed', 'stayed', 'rate', 'median', 'before', 'after'] as const).map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-semibold">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id ?? ''} className="border-b border-zinc-100">
              <th scope="row" className="px-3 py-2 font-medium">
                {r.name === null ? noName : localized(r.name, r.nameEn ?? '', locale)}
              </th>
              <td className="px-3 py-2 tabular-nums">{r.closed}</td>
              <td className="px-3 py-2 tabular-nums">{r.stayed}</td>
              <td className="px-3 py-2 tabular-nums">{format.percent(r.winBackRate) ?? '—'}</td>
              <td className="px-3 py-2 tabular-nums">{format.duration(r.firstContactMedianSeconds) ?? '—'}</td>
              <td className="px-3 py-2 tabular-nums">{format.percent(r.before.rate) ?? '—'}</td>
              <td className="px-3 py-2 tabular-nums">{format.percent(r.after.rate) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The dashboard's members-at-risk section: figures from events, each with what it rests on, a CSV and its definitions. */
export async function AtRiskFiguresSection({ figures: f, exportHref }: { figures: AtRiskFigures; exportHref: string }) {
  const [t, format, dates] = await Promise.all([getTranslations('atRisk.figures'), figureFormat(), getFormatter()]);
  const answers = (n: number) => t('answersBasis', { count: n });
  return (
    <section id="at-risk" aria-labelledby="at-risk-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="at-risk-title" className="text-lg font-semibold">
            {t('title')}
          </h2>
          <p className="max-w-prose text-sm text-zinc-700">{t('intro')}</p>
        </div>
        <ExportLinks href={exportHref} />
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <StatCard label={t('now')} value={String(f.now.high + f.now.watch)} basis={t('nowBasis', { high: f.now.high, watch: f.now.watch })} />
        <StatCard label={t('winBack')} value={format.percent(f.total.winBackRate)} basis={t('winBackBasis', { stayed: f.total.stayed, closed: f.total.closed })} />
        <StatCard label={t('firstContact')} value={format.duration(f.total.firstContactMedianSeconds)} basis={t('firstContactBasis', { count: f.total.contacted })} />
        <StatCard label={t('wouldStayBefore')} value={format.percent(f.total.before.rate)} basis={answers(f.total.before.answers)} />
        <StatCard label={t('wouldStayAfter')} value={format.percent(f.total.after.rate)} basis={answers(f.total.after.answers)} />
      </ul>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white" tabIndex={0} role="region" aria-labelledby="at-risk-over-time">
        <table className="w-full text-left text-sm">
          <caption id="at-risk-over-time" className="px-3 py-2 text-left font-semibold">
            {t('overTime')}
          </caption>
          <thead>
            <tr className="border-y border-zinc-200 bg-zinc-50">
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('date')}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('atRisk')}
              </th>
            </tr>
          </thead>
          <tbody>
            {f.overTime.map((p) => (
              <tr key={p.at.toISOString()} className="border-b border-zinc-100">
                <th scope="row" className="px-3 py-1.5 font-medium">
                  {dates.dateTime(p.at, { dateStyle: 'medium' })}
                </th>
                <td className="px-3 py-1.5 tabular-nums">{p.atRisk}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {f.total.closed === 0 ? (
        <p className="text-sm text-zinc-700">{t('none')}</p>
      ) : (
        <div className="grid gap-3 lg:grid-cols-2">
          <WinBackTable id="win-back-branch" title={t('byBranch')} rows={f.byBranch} format={format} noName={t('noBranch')} />
          <WinBackTable id="win-back-staff" title={t('byStaff')} rows={f.byStaff} format={format} noName="" />
        </div>
      )}
      <details className="rounded-lg border border-zinc-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-semibold">{t('definitions')}</summary>
        <p className="mt-2 max-w-prose text-zinc-800">{t('definitionsText')}</p>
      </details>
    </section>
  );
}
