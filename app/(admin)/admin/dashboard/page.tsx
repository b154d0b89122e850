import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AtRiskFiguresSection } from '@/components/at-risk/figures-section';
import { InboxLive } from '@/components/inbox/inbox-live';
import { ChartBlock } from '@/components/metrics/chart-block';
import { FigureTable } from '@/components/metrics/figure-table';
import { tableLabels } from '@/components/metrics/labels';
import { PeriodPicker } from '@/components/metrics/period-picker';
import { Radar } from '@/components/metrics/radar';
import { StatCard } from '@/components/metrics/stat-card';
import { figureFormat } from '@/components/transparency/format';
import { buttonClass } from '@/components/ui/button';
import { requirePermission } from '@/lib/auth/session';
import { atRiskFigures } from '@/lib/at-risk/figures';
import { change, MIN_EVALUATIONS } from '@/lib/complaints/metrics/formulas';
import { DASHBOARD_PATH, MAX_CUSTOM_DAYS, parsePeriod, periodHref, PRESET_DAYS } from '@/lib/complaints/metrics/period';
import { RADAR } from '@/lib/complaints/metrics/radar';
import { INCIDENT_TYPES } from '@/lib/complaints/incidents/fields';
import { managerDashboard } from '@/lib/metrics/queries';
import { BREAKDOWN_PARTS, type BreakdownPart, dashboardTables, type TableName, tablePart } from '@/lib/metrics/tables';
import { inboxAction } from '@/app/(staff)/staff/complaints/actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
const hours = (v: number | null) => (v === null ? null : Math.round(v / 360) / 10);

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePermission('view:dashboard');
  const choice = parsePeriod(await searchParams);
  const { period } = choice;
  const [t, tp, format, dates, labels, data] = await Promise.all([getTranslations('dashboard'), getTranslations('breakdownParts'), figureFormat(), getFormatter(), tableLabels(), managerDashboard(actor, period)]);
  const c = data.complaints;
  const e = data.engagement;
  const n = c.network;
  const p = c.previous;
  const day = (d: Date) => dates.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const short = (d: Date) => dates.dateTime(d, period.bucket === 'month' ? { month: 'short', year: '2-digit', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const tables = dashboardTables(data, labels);
  const exportOf = (name: TableName) => periodHref(`${DASHBOARD_PATH}/export`, period, { table: name });
  const table = (name: TableName) => <FigureTable table={tables[name]} caption={labels.caption(name)} format={format} day={day} />;
  const breakdown = (name: TableName) => (
    <div className="flex flex-col gap-4">
      {(Object.keys(BREAKDOWN_PARTS) as BreakdownPart[]).map((part) => (
        <div key={part} className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-zinc-800">{tp(part)}</h3>
          <FigureTable table={tablePart(tables[name], BREAKDOWN_PARTS[part])} part={part} caption={tp('caption', { table: labels.caption(name), part: tp(part) })} format={format} day={day} />
        </div>
      ))}
    </div>
  );
  const answers = t('basis.answers', { count: n.answers });
  const survey = n.fewAnswers ? MIN_EVALUATIONS : undefined;
  const presets = PRESET_DAYS.map((days) => ({ days, href: periodHref(DASHBOARD_PATH, { preset: days, custom: null }), current: period.preset === days && !choice.error }));

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="max-w-prose text-zinc-800">{t('intro')}</p>
        </div>
        <Link href={`${DASHBOARD_PATH}/report`} className={buttonClass('secondary')}>
          {t('report.link')}
        </Link>
      </div>
      <PeriodPicker action={DASHBOARD_PATH} presets={presets} customCurrent={period.custom !== null} typed={choice.typed} error={choice.error} maxDays={MAX_CUSTOM_DAYS} />
      <p className="text-sm text-zinc-700">{t('period', { from: day(period.from), to: day(period.to), previousFrom: day(period.previousFrom) })}</p>

      <Radar spikes={data.spikes} rule={RADAR} action={inboxAction} incidentTypes={INCIDENT_TYPES} />

      <section aria-labelledby="satisfaction-title" className="flex flex-col gap-3">
        <h2 id="satisfaction-title" className="text-lg font-semibold">
          {t('satisfaction.title')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <StatCard label={t('figures.csat')} value={format.percent(n.csat)} basis={answers} change={change(n.csat, p.csat)} fewBelow={survey} />
          <StatCard label={t('figures.averageRating')} value={format.rating(n.averageRating)} basis={answers} change={change(n.averageRating, p.averageRating)} fewBelow={survey} />
          <StatCard label={t('figures.solutionRate')} value={format.percent(n.solutionRate)} basis={answers} change={change(n.solutionRate, p.solutionRate)} fewBelow={survey} />
          <StatCard label={t('figures.wouldStay')} value={format.percent(n.wouldStayRate)} basis={answers} change={change(n.wouldStayRate, p.wouldStayRate)} fewBelow={survey} />
          <StatCard label={t('figures.trustIndex')} value={format.index(n.trustIndex)} basis={n.trustIndex === null ? t('basis.trustMinimum', { min: MIN_EVALUATIONS }) : answers} change={change(n.trustIndex, p.trustIndex)} />
        </ul>
        <ChartBlock
          title={t('charts.satisfaction')}
          exportHref={exportOf('trend')}
          table={table('trend')}
          chart={{
            type: 'line',
            unit: '%',
            series: [
              { key: 'csat', label: t('figures.csat') },
              { key: 'solution', label: t('figures.solutionRate') },
              { key: 'stay', label: t('figures.wouldStay') },
            ],
            data: c.trend.map((b) => ({ x: short(b.start), csat: pct(b.csat), solution: pct(b.solutionRate), stay: pct(b.wouldStayRate) })),
          }}
        />
      </section>

      <section aria-labelledby="responsiveness-title" className="flex flex-col gap-3">
        <h2 id="responsiveness-title" className="text-lg font-semibold">
          {t('responsiveness.title')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label={t('figures.firstResponseMedian')} value={format.duration(n.firstResponseMedianSeconds)} basis={t('basis.replied', { count: n.replied })} change={change(n.firstResponseMedianSeconds, p.firstResponseMedianSeconds)} higherIsBetter={false} />
          <StatCard label={t('figures.firstResponseP90')} value={format.duration(n.firstResponseP90Seconds)} basis={t('basis.replied', { count: n.replied })} change={change(n.firstResponseP90Seconds, p.firstResponseP90Seconds)} higherIsBetter={false} />
          <StatCard label={t('figures.resolutionMedian')} value={format.duration(n.resolutionMedianSeconds)} basis={t('basis.resolved', { count: n.resolved })} change={change(n.resolutionMedianSeconds, p.resolutionMedianSeconds)} higherIsBetter={false} />
          <StatCard label={t('figures.slaCompliance')} value={format.percent(n.slaCompliance)} basis={t('basis.slaJudged', { count: n.slaJudged })} change={change(n.slaCompliance, p.slaCompliance)} />
          <StatCard label={t('figures.reopenRate')} value={format.percent(n.reopenRate)} basis={t('basis.resolutions', { count: n.resolutions, reopens: n.reopens })} change={change(n.reopenRate, p.reopenRate)} higherIsBetter={false} />
          <StatCard label={t('figures.responseRate')} value={format.percent(n.responseRate)} basis={t('basis.complaints', { count: n.complaints })} change={change(n.responseRate, p.responseRate)} />
          <StatCard label={t('figures.backlog')} value={format.count(c.backlog.open)} basis={t('basis.backlog', { date: day(period.to) })} />
          <StatCard label={t('figures.breached')} value={format.count(c.backlog.breached)} basis={t('basis.breached')} />
        </ul>
        <ChartBlock
          title={t('charts.ageing')}
          exportHref={exportOf('backlog')}
          table={table('backlog')}
          chart={{ type: 'bar', unit: '', series: [{ key: 'open', label: t('columns.open') }], data: c.backlog.ageing.map((count, i) => ({ x: labels.age(i), open: count })) }}
        />
        <ChartBlock
          title={t('charts.firstResponse')}
          exportHref={exportOf('trend')}
          table={table('trend')}
          chart={{
            type: 'line',
            unit: ' h',
            series: [
              { key: 'median', label: t('figures.firstResponseMedian') },
              { key: 'resolution', label: t('figures.resolutionMedian') },
            ],
            data: c.trend.map((b) => ({ x: short(b.start), median: hours(b.firstResponseMedianSeconds), resolution: hours(b.resolutionMedianSeconds) })),
          }}
        />
      </section>

      <section aria-labelledby="breakdowns-title" className="flex flex-col gap-3">
        <h2 id="breakdowns-title" className="text-lg font-semibold">
          {t('breakdowns.title')}
        </h2>
        <p className="text-sm text-zinc-700 lg:hidden">{t('scrollHint')}</p>
        {(['categories', 'branches', 'priorities'] as const).map((name) => (
          <ChartBlock key={name} title={labels.caption(name)} exportHref={exportOf(name)} table={breakdown(name)} chart={null} />
        ))}
        <ChartBlock title={labels.caption('staff')} exportHref={exportOf('staff')} table={table('staff')} chart={null} />
      </section>

      <section aria-labelledby="engagement-title" className="flex flex-col gap-3">
        <h2 id="engagement-title" className="text-lg font-semibold">
          {t('engagement.title')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label={t('figures.activeDay')} value={format.count(e.activeDay)} basis={t('basis.active', { days: 1 })} />
          <StatCard label={t('figures.activeWeek')} value={format.count(e.activeWeek)} basis={t('basis.active', { days: 7 })} />
          <StatCard label={t('figures.activeMonth')} value={format.count(e.activeMonth)} basis={t('basis.active', { days: 30 })} />
          <StatCard label={t('figures.newMembers')} value={format.count(e.current.newMembers)} basis={t('basis.previous', { count: e.previous.newMembers })} change={change(e.current.newMembers, e.previous.newMembers)} />
          <StatCard label={t('figures.posts')} value={format.count(e.current.posts)} basis={t('basis.previous', { count: e.previous.posts })} change={change(e.current.posts, e.previous.posts)} />
          <StatCard label={t('figures.threads')} value={format.count(e.current.threads)} basis={t('basis.previous', { count: e.previous.threads })} change={change(e.current.threads, e.previous.threads)} />
          <StatCard label={t('figures.groupJoins')} value={format.count(e.current.groupJoins)} basis={t('basis.previous', { count: e.previous.groupJoins })} change={change(e.current.groupJoins, e.previous.groupJoins)} />
        </ul>
        <ChartBlock
          title={t('charts.activity')}
          exportHref={exportOf('activity')}
          table={table('activity')}
          chart={{
            type: 'line',
            unit: '',
            series: [
              { key: 'active', label: t('columns.activeMembers') },
              { key: 'posts', label: t('columns.posts') },
            ],
            data: e.trend.map((b) => ({ x: short(b.start), active: b.active, posts: b.posts })),
          }}
        />
        <ChartBlock title={labels.caption('groups')} exportHref={exportOf('groups')} table={table('groups')} chart={null} />
      </section>
      <AtRiskFiguresSection figures={await atRiskFigures(actor, period)} exportHref={periodHref(`${DASHBOARD_PATH}/at-risk/export`, period)} />
      <InboxLive />
    </div>
  );
}
