import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { requireBoardViewer } from '@/lib/auth/session';
import { HIDE_REASONS } from '@/lib/policy/moderation';
import { transparencyFigures } from '@/lib/moderation/queries';

export async function generateMetadata(): Promise<Metadata> {
  await requireBoardViewer();
  return { title: (await getTranslations('moderation.transparency'))('title') };
}

/** For the board's audience: how much was hidden and why, month by month, and what became of appeals. */
export default async function ModerationTransparencyPage() {
  await requireBoardViewer();
  const [t, tm, format, figures] = await Promise.all([getTranslations('moderation.transparency'), getTranslations('moderation.tombstone.reason'), getFormatter(), transparencyFigures()]);
  const monthName = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: 'long', year: 'numeric' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-800">{t('intro')}</p>
      <Card>
        <h2 className="text-lg font-semibold">{t('hiddenHeading')}</h2>
        {figures.months.length === 0 ? (
          <p className="mt-2 text-zinc-700">{t('none')}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b border-zinc-200">
                  <th scope="col" className="py-2 pr-3">{t('month')}</th>
                  {HIDE_REASONS.map((r) => (
                    <th key={r} scope="col" className="py-2 pr-3 text-right">{tm(r)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.months.map((m) => (
                  <tr key={m.month} className="border-b border-zinc-100">
                    <th scope="row" className="py-2 pr-3 font-medium first-letter:uppercase">{monthName(m.month)}</th>
                    {HIDE_REASONS.map((r) => (
                      <td key={r} className="py-2 pr-3 text-right tabular-nums">{format.number(m.counts[r] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t('appealsHeading')}</h2>
        <p className="mt-2">{t('appeals', figures.appeals)}</p>
        <p className="mt-2 max-w-prose text-sm text-zinc-700">{t('how')}</p>
      </Card>
    </div>
  );
}
