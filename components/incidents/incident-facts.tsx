import { CheckCircle2, Siren } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { IncidentSummary } from '@/lib/complaints/incidents/queries';

// A level 3 incident is a crisis: it stands out, and still says so in words.
const LEVEL_TONE: Record<number, string> = {
  1: 'border-zinc-300 bg-zinc-50 text-zinc-800',
  2: 'border-orange-300 bg-orange-50 text-orange-900',
  3: 'border-red-300 bg-red-50 text-red-900',
};

/** Type, level, state and reach of an incident, and who opened it when. */
export async function IncidentFacts({ incident }: { incident: IncidentSummary }) {
  const [t, format] = await Promise.all([getTranslations('inbox.incidents'), getFormatter()]);
  const badge = 'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium';
  return (
    <div className="flex flex-col gap-2 text-sm text-zinc-700">
      <p className="flex flex-wrap items-center gap-2">
        {incident.resolvedAt ? (
          <span className={`${badge} border-green-300 bg-green-50 text-green-900`}>
            <CheckCircle2 aria-hidden="true" size={12} />
            {t('resolved')}
          </span>
        ) : (
          <span className={`${badge} border-amber-300 bg-amber-50 text-amber-900`}>
            <Siren aria-hidden="true" size={12} />
            {t('open')}
          </span>
        )}
        <span className={`${badge} border-zinc-300 text-zinc-800`}>{t(`types.${incident.type}`)}</span>
        <span className={`${badge} ${LEVEL_TONE[incident.level] ?? LEVEL_TONE[1]}`}>{t(`levels.${incident.level}`)}</span>
      </p>
      <p>{t('reach', { count: incident.complaintCount, live: incident.liveCount })}</p>
      <p>
        {t('createdBy', { name: incident.createdByName })}{' '}
        <time dateTime={incident.createdAt.toISOString()}>{format.dateTime(incident.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </p>
    </div>
  );
}
