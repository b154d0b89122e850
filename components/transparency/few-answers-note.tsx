import { getTranslations } from 'next-intl/server';

/** The mark on a figure that rests on fewer answers than the trust index needs (`min`). */
export async function FewAnswersNote({ min, compact = false }: { min: number; compact?: boolean }) {
  const t = await getTranslations('transparency');
  return (
    <span className="inline-flex w-fit items-center rounded-md border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
      {compact ? t('fewAnswers') : t('fewAnswersHint', { min })}
    </span>
  );
}
