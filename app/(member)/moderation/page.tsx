import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SanctionRecord } from '@/components/moderation/sanction-record';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { myModeration } from '@/lib/moderation/queries';
import { appealSanctionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('moderation.mine'))('title') };
}

/** "Moderation and you": the member's standing, what moderation decided about their content, and their reports. */
export default async function MyModerationPage() {
  const user = await requireMember();
  const [t, tm, format, mine] = await Promise.all([getTranslations('moderation.mine'), getTranslations('moderation'), getFormatter(), myModeration(user)]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <h2 className="text-lg font-semibold">{t('standing')}</h2>
        <p className="mt-1">
          {user.status === 'silenced' && user.statusUntil && user.statusUntil > new Date() ? t('silencedUntil', { until: date(user.statusUntil) }) : t('good')}
        </p>
        {mine.sanctions.length > 0 ? (
          <ul className="mt-3 divide-y divide-zinc-200">
            {mine.sanctions.map((s) => (
              <SanctionRecord key={s.id} sanction={s} appeal={appealSanctionAction} />
            ))}
          </ul>
        ) : null}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t('decisions')}</h2>
        {mine.decisions.length === 0 ? (
          <p className="mt-1 text-zinc-700">{t('noDecisions')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-zinc-200">
            {mine.decisions.map((d) => (
              <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                <span className="first-letter:uppercase">
                  {[tm(`subject.${d.action}`), tm(`queue.type.${d.targetType}`), d.reason ? tm(`tombstone.reason.${d.reason}`) : null, date(d.createdAt), d.appeal ? tm(`appeal.status.${d.appeal}`) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <Link href={`/moderation/decisions/${d.id}`} className="font-semibold text-brand-ink underline">
                  {t('see')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 id="reports" className="text-lg font-semibold">
          {t('reports')}
        </h2>
        {mine.reports.length === 0 ? (
          <p className="mt-1 text-zinc-700">{t('noReports')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-zinc-200">
            {mine.reports.map((r) => (
              <li key={r.id} className="py-2 text-sm">
                {t('report', { target: tm(`queue.type.${r.targetType}`), reason: tm(`reportReason.${r.reason}`), status: tm(`report.status.${r.status}`) })} · {date(r.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
