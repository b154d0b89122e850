import { getTranslations } from 'next-intl/server';
import { FewAnswersNote } from './few-answers-note';

interface Props {
  label: string;
  /** The formatted figure, or null when there is nothing to compute it from. */
  value: string | null;
  /** How many observations the figure rests on, in words. */
  basis: string;
  help: string;
  /** Set when the figure rests on fewer answers than this: it is shown, flagged. */
  fewBelow?: number;
}

/** One figure: what it is, its value (or an honest "not enough data") and what it rests on. */
export async function FigureCard({ label, value, basis, help, fewBelow }: Props) {
  const t = await getTranslations('transparency');
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <h3 className="text-sm font-semibold text-zinc-800">{label}</h3>
      {value === null ? (
        <p className="py-1 text-lg font-semibold text-zinc-700">{t('notEnoughData')}</p>
      ) : (
        <p className="text-3xl font-bold tabular-nums">{value}</p>
      )}
      <p className="text-sm text-zinc-700">{basis}</p>
      {fewBelow !== undefined && value !== null ? <FewAnswersNote min={fewBelow} /> : null}
      <p className="mt-auto pt-2 text-sm text-zinc-600">{help}</p>
    </li>
  );
}
