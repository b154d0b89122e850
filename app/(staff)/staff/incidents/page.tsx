import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { IncidentFacts } from '@/components/incidents/incident-facts';
import { InboxLive } from '@/components/inbox/inbox-live';
import { BackLink } from '@/components/ui/back-link';
import { requirePermission } from '@/lib/auth/session';
import { type IncidentSummary, listIncidents } from '@/lib/complaints/incidents/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inbox.incidents'))('title') };
}

function IncidentList({ id, title, incidents, empty }: { id: string; title: string; incidents: IncidentSummary[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {incidents.length === 0 ? <p className="text-zinc-700">{empty}</p> : null}
      <ul className="grid gap-3 empty:hidden md:grid-cols-2">
        {incidents.map((incident) => (
          <li key={incident.id} className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
            <h3 className="text-base font-semibold">
              <Link href={`/staff/incidents/${incident.id}`} className="text-brand-ink underline-offset-4 hover:underline">
                {incident.title}
              </Link>
            </h3>
            <IncidentFacts incident={incident} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function IncidentsPage() {
  const user = await requirePermission('manage:incidents');
  const [t, incidents] = await Promise.all([getTranslations('inbox.incidents'), listIncidents(user)]);
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/staff/complaints" label={t('backLabel')}>
        {t('back')}
      </BackLink>
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-prose text-zinc-700">{t('intro')}</p>
      </div>
      <IncidentList id="incidents-open" title={t('openTitle')} incidents={incidents.filter((i) => !i.resolvedAt)} empty={t('noneOpen')} />
      <IncidentList id="incidents-resolved" title={t('resolvedTitle')} incidents={incidents.filter((i) => i.resolvedAt)} empty={t('noneResolved')} />
      <InboxLive />
    </div>
  );
}
