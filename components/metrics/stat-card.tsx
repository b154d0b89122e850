import { getTranslations } from 'next-intl/server';
import { FewAnswersNote } from '@/components/transparency/few-answers-note';

interface Props {
  label: string;
  /** The formatted figure, or null when there is nothing to compute it from. */
  value: string | null;
  /** What it rests on, in words ("Based on 12 survey answers"). */
  basis: string;
  /** The relative change from the previous period (0.1 = +10 %), or null. */
  change?: number | null;
  /** Whether a rise is good news (CSAT) or bad (first response time), for the words, never colour alone. */
  higherIsBetter?: boolean;
  /** Set when the figure rests on fewer answers than this. */
  fewBelow?: number;
}

/** One headline figure with the count behind it and how it moved against the previous period. */
export async function StatCard({ label, value, basis, change = null, higherIsBetter = true, fewBelow }: Props) {
  const [t, format] = await Promise.all([getTranslations('dashboard'), getTranslations('transparency')]);
  const direction = change === null || change === 0 ? 'same' : change > 0 ? 'up' : 'down';
  const good = direction === 'same' ? null : (direction === 'up') === higherIsBetter;
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <h3 className="text-sm font-semibold text-zinc-800">{label}</h3>
      {value === null ? <p className="py-1 text-lg font-semibold text-zinc-700">{format('notEnoughData')}</p> : <p className="text-3xl font-bold tabular-nums">{value}</p>}
      <p className="text-sm text-zinc-700">{basis}</p>
      {change !== null && value !== null ? (
        <p className={`text-sm font-medium ${good === null ? 'text-zinc-700' : good ? 'text-green-800' : 'text-red-800'}`}>
          {t(`change.${direction}`, { percent: Math.round(Math.abs(change) * 100) })}
        </p>
      ) : null}
      {fewBelow !== undefined && value !== null ? <FewAnswersNote min={fewBelow} /> : null}
    </li>
  );
}
