import { getTranslations } from 'next-intl/server';
import type { Figures } from '@/lib/complaints/metrics/queries';
import { FigureCard } from './figure-card';
import type { FigureFormat } from './format';

/** The network's figures for the window, one card each, every one with the count behind it. */
export async function FigureGrid({ figures: f, format, minEvaluations }: { figures: Figures; format: FigureFormat; minEvaluations: number }) {
  const t = await getTranslations('transparency');
  const answers = t('basis.answers', { count: f.answers });
  const survey = f.fewAnswers ? minEvaluations : undefined;
  const card = (key: string) => ({ label: t(`figures.${key}.label`), help: t(`figures.${key}.help`) });
  return (
    <section aria-labelledby="figures-title" className="flex flex-col gap-3">
      <h2 id="figures-title" className="text-lg font-semibold">
        {t('figuresTitle')}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FigureCard {...card('complaints')} value={format.count(f.complaints)} basis={t('basis.complaints', { count: f.complaints })} />
        <FigureCard {...card('responseRate')} value={format.percent(f.responseRate)} basis={t('basis.responseRate', { replied: f.replied, count: f.complaints })} />
        <FigureCard {...card('firstResponseMedian')} value={format.duration(f.firstResponseMedianSeconds)} basis={t('basis.replied', { count: f.replied })} />
        <FigureCard {...card('firstResponseP90')} value={format.duration(f.firstResponseP90Seconds)} basis={t('basis.replied', { count: f.replied })} />
        <FigureCard {...card('solutionRate')} value={format.percent(f.solutionRate)} basis={answers} fewBelow={survey} />
        <FigureCard {...card('csat')} value={format.percent(f.csat)} basis={answers} fewBelow={survey} />
        <FigureCard {...card('averageRating')} value={format.rating(f.averageRating)} basis={answers} fewBelow={survey} />
        <FigureCard {...card('wouldStay')} value={format.percent(f.wouldStayRate)} basis={answers} fewBelow={survey} />
      </ul>
    </section>
  );
}
