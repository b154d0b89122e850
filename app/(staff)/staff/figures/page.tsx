import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ExportLinks } from '@/components/export/export-links';
import { InboxLive } from '@/components/inbox/inbox-live';
import { PeriodPicker } from '@/components/metrics/period-picker';
import { StatCard } from '@/components/metrics/stat-card';
import { figureFormat } from '@/components/transparency/format';
import { can } from '@/lib/policy';
import { requirePermission } from '@/lib/auth/session';
import { MIN_EVALUATIONS } from '@/lib/complaints/metrics/formulas';
import { MAX_CUSTOM_DAYS, parsePeriod, periodHref, PRESET_DAYS, STAFF_FIGURES_PATH } from '@/lib/complaints/metrics/period';
import { isUuid } from '@/lib/pagination/cursor';
import { staffFigures } from '@/lib/metrics/queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard.own'))('title') };
}

export default async function StaffFiguresPage({ searchParams }: Props) {
  const actor = await requirePermission('view:own_figures');
  const params = await searchParams;
  // ?user=<id>: a manager may look at anyone's figures; anyone else only at their own.
  const asked = typeof params.user === 'string' ? params.user : actor.id;
  if (!isUuid(asked) || (asked !== actor.id && !can(actor, 'view:dashboard'))) forbidden();
  const extra: Record<string, string> = asked === actor.id ? {} : { user: asked };
  const choice = parsePeriod(params);
  const { period } = choice;
  const [t, format, dates, mine] = await Promise.all([getTranslations('dashboard'), figureFormat(), getFormatter(), staffFigures(actor, period, asked)]);
  const day = (d: Date) => dates.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const presets = PRESET_DAYS.map((days) => ({ days, href: periodHref(STAFF_FIGURES_PATH, { preset: days, custom: null }, extra), current: period.preset === days && !choice.error }));
  const answers = t('basis.answers', { count: mine.answers });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{asked === actor.id ? t('own.title') : t('own.titleOf', { name: mine.name })}</h1>
        <p className="max-w-prose text-zinc-800">{t('own.intro')}</p>
      </div>
      <PeriodPicker action={STAFF_FIGURES_PATH} presets={presets} customCurrent={period.custom !== null} typed={choice.typed} error={choice.error} maxDays={MAX_CUSTOM_DAYS} />
      <p className="text-sm text-zinc-700">{t('periodShort', { from: day(period.from), to: day(period.to) })}</p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <StatCard label={t('columns.answered')} value={format.count(mine.answered)} basis={t('own.answeredBasis')} />
        <StatCard label={t('columns.firstResponses')} value={format.count(mine.firstResponses)} basis={t('own.firstBasis')} />
        <StatCard label={t('figures.firstResponseMedian')} value={format.duration(mine.firstResponseMedianSeconds)} basis={t('basis.replied', { count: mine.firstResponses })} />
        <StatCard label={t('figures.csat')} value={format.percent(mine.csat)} basis={answers} fewBelow={mine.fewAnswers ? MIN_EVALUATIONS : undefined} />
        <StatCard label={t('figures.averageRating')} value={format.rating(mine.averageRating)} basis={answers} fewBelow={mine.fewAnswers ? MIN_EVALUATIONS : undefined} />
      </ul>
      <ExportLinks href={periodHref(`${STAFF_FIGURES_PATH}/export`, period, extra)} />
      <InboxLive />
    </div>
  );
}
