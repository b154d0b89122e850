import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FigureTable } from '@/components/metrics/figure-table';
import { tableLabels } from '@/components/metrics/labels';
import { PrintButton } from '@/components/metrics/print-button';
import { figureFormat } from '@/components/transparency/format';
import { buttonClass } from '@/components/ui/button';
import { requirePermission } from '@/lib/auth/session';
import { change } from '@/lib/complaints/metrics/formulas';
import { DASHBOARD_PATH, parsePeriod } from '@/lib/complaints/metrics/period';
import { managerDashboard } from '@/lib/metrics/queries';
import { type Cell, type CellKind, dashboardTables, type FigureTable as Table } from '@/lib/metrics/tables';
import './print.css';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard.report'))('title') };
}

const MONTH = /^(\d{4})-(\d{2})$/;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last twelve calendar months (UTC), newest first, the current one included. */
function months(now: Date): string[] {
  return Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
}

/** A calendar month's figures on one printable page; by default the last complete month. */
export default async function MonthlyReportPage({ searchParams }: Props) {
  const actor = await requirePermission('view:dashboard');
  const now = new Date();
  const offered = months(now);
  const asked = (await searchParams).month;
  const month = typeof asked === 'string' && MONTH.test(asked) && offered.includes(asked) ? asked : offered[1]!;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const last = new Date(Date.UTC(y, m, 0));
  const { period } = parsePeriod({ window: 'custom', from: iso(first), to: iso(last) }, now);
  const [t, format, dates, labels, data] = await Promise.all([getTranslations('dashboard'), figureFormat(), getFormatter(), tableLabels(), managerDashboard(actor, period)]);
  const day = (d: Date) => dates.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthName = (key: string) => dates.dateTime(new Date(`${key}-01T00:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const tables = dashboardTables(data, labels);
  const n = data.complaints.network;
  const p = data.complaints.previous;
  const headline: [string, CellKind, number | null, number | null][] = [
    ['complaints', 'count', n.complaints, p.complaints],
    ['csat', 'percent', n.csat, p.csat],
    ['averageRating', 'rating', n.averageRating, p.averageRating],
    ['solutionRate', 'percent', n.solutionRate, p.solutionRate],
    ['wouldStay', 'percent', n.wouldStayRate, p.wouldStayRate],
    ['trustIndex', 'index', n.trustIndex, p.trustIndex],
    ['responseRate', 'percent', n.responseRate, p.responseRate],
    ['firstResponseMedian', 'duration', n.firstResponseMedianSeconds, p.firstResponseMedianSeconds],
    ['firstResponseP90', 'duration', n.firstResponseP90Seconds, p.firstResponseP90Seconds],
    ['resolutionMedian', 'duration', n.resolutionMedianSeconds, p.resolutionMedianSeconds],
    ['slaCompliance', 'percent', n.slaCompliance, p.slaCompliance],
    ['reopenRate', 'percent', n.reopenRate, p.reopenRate],
    ['answers', 'count', n.answers, p.answers],
  ];
  const FORMATTERS: Record<CellKind, (v: number) => string | null> = {
    text: String,
    date: (v) => String(v),
    count: format.count,
    percent: format.percent,
    rating: format.rating,
    index: format.index,
    duration: format.duration,
  };
  const summary: Table = {
    name: 'trend',
    columns: [
      { key: 'figure', kind: 'text' },
      { key: 'thisPeriod', kind: 'text' },
      { key: 'previousPeriod', kind: 'text' },
      { key: 'change', kind: 'text' },
    ],
    rows: headline.map(([key, kind, now, before]): Cell[] => {
      const one = (v: number | null) => (v === null ? null : (FORMATTERS[kind](v) ?? null));
      const delta = change(now, before);
      return [t(`columns.${key}`), one(now), one(before), delta === null ? null : dates.number(delta, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 })];
    }),
  };
  const section = (title: string, table: Table, caption: string) => (
    <section key={title} className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{title}</h2>
      <FigureTable table={table} caption={caption} format={format} day={day} />
    </section>
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('report.heading', { month: monthName(month) })}</h1>
        <p className="text-sm text-zinc-700">{t('period', { from: day(period.from), to: day(new Date(period.to.getTime() - 1)), previousFrom: day(period.previousFrom) })}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3 print:hidden">
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="report-month" className="text-sm font-medium text-zinc-800">
              {t('report.month')}
            </label>
            <select id="report-month" name="month" defaultValue={month} className="min-h-11 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base">
              {offered.map((key) => (
                <option key={key} value={key}>
                  {monthName(key)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            {t('report.show')}
          </button>
        </form>
        <PrintButton label={t('report.print')} />
        <Link href={DASHBOARD_PATH} className={buttonClass('ghost')}>
          {t('report.back')}
        </Link>
      </div>
      {section(t('report.summary'), summary, t('report.summary'))}
      {(['categories', 'branches', 'priorities', 'staff', 'backlog', 'groups'] as const).map((name) => section(labels.caption(name), tables[name], labels.caption(name)))}
    </div>
  );
}
