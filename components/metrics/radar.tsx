import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import type { InboxActionResult } from '@/lib/complaints/inbox-action';
import type { RADAR, Spike } from '@/lib/complaints/metrics/radar';
import type { FormState } from '@/lib/forms/state';
import { SpikeIncidentForm } from './spike-incident-form';


interface Props {
  spikes: Spike[];
  rule: typeof RADAR;
  action: (state: FormState<InboxActionResult>, data: FormData) => Promise<FormState<InboxActionResult>>;
  incidentTypes: readonly string[];
}

/** Spikes of complaints in one category or branch, with the rule that found them and a way to act. */
export async function Radar({ spikes, rule, action, incidentTypes }: Props) {
  const [t, format, locale] = await Promise.all([getTranslations('dashboard.radar'), getFormatter(), getLocale()]);
  return (
    <section id="radar" aria-labelledby="radar-title" className="flex flex-col gap-3">
      <h2 id="radar-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="max-w-prose text-sm text-zinc-700">{t('rule', { hours: rule.windowHours, days: rule.baselineDays, min: rule.minComplaints, p: format.number(rule.maxP) })}</p>
      {spikes.length === 0 ? (
        <p className="rounded-lg border border-zinc-200 bg-white p-4 text-zinc-800">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {spikes.map((s) => (
            <li key={`${s.scope}-${s.id}`} className="flex flex-col gap-3 rounded-lg border-2 border-red-700 bg-red-50 p-4">
              <p className="font-semibold text-red-950">
                {t(`spike.${s.scope}`, { name: localized(s.name, s.nameEn, locale), observed: s.observed, hours: rule.windowHours, expected: format.number(s.expected, { maximumSignificantDigits: 2 }) })}
              </p>
              <p className="text-sm text-red-950">{t('since', { time: format.dateTime(s.windowStart, { hour: '2-digit', minute: '2-digit' }) })}</p>
              {s.complaintIds.length === 0 ? (
                <p className="text-sm text-red-950">
                  {t('allGrouped')}{' '}
                  <Link href="/staff/incidents" className="font-semibold underline underline-offset-4">
                    {t('seeIncidents')}
                  </Link>
                </p>
              ) : (
                <SpikeIncidentForm action={action} complaintIds={s.complaintIds} suggestedTitle={t('suggestedTitle', { name: localized(s.name, s.nameEn, locale) })} types={incidentTypes} formId={`spike-${s.scope}-${s.id}`} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
