import { getFormatter, getTranslations } from 'next-intl/server';

const TONE: Record<string, string> = {
  ok: 'border-zinc-400 text-zinc-800',
  due_soon: 'border-amber-700 bg-amber-50 text-amber-900',
  breached: 'border-red-700 bg-red-50 text-red-900',
  none: 'border-green-700 text-green-900',
};

/** The request's month, said as its state: due on, due soon, overdue since, or closed on. */
export async function ClockBadge({ clock, dueAt, closedAt }: { clock: string; dueAt: Date; closedAt: Date | null }) {
  const [t, format] = await Promise.all([getTranslations('privacy.clock'), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const text = clock === 'none' ? t('none', { date: day(closedAt ?? dueAt) }) : t(clock as 'ok' | 'due_soon' | 'breached', { due: day(dueAt) });
  return <span className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONE[clock] ?? TONE.ok}`}>{text}</span>;
}
