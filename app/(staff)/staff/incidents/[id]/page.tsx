import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AddComplaintsForm } from '@/components/incidents/add-complaints-form';
import { IncidentFacts } from '@/components/incidents/incident-facts';
import { IncidentUpdateForm } from '@/components/incidents/incident-update-form';
import { InboxLive } from '@/components/inbox/inbox-live';
import { StatusBadge } from '@/components/board/status-badge';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { MAX_BODY } from '@/lib/complaints/fields';
import { getIncident, INCIDENT_COMPLAINTS_LIMIT } from '@/lib/complaints/incidents/queries';
import { addComplaintsAction, postIncidentUpdateAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePermission('manage:incidents');
  const incident = await getIncident(user, (await params).id);
  return { title: incident?.title ?? (await getTranslations('inbox.incidents'))('title') };
}

export default async function IncidentPage({ params }: Props) {
  const user = await requirePermission('manage:incidents');
  const [t, incident] = await Promise.all([getTranslations('inbox.incidents'), getIncident(user, (await params).id)]);
  if (!incident) notFound();
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/staff/incidents" label={t('backLabel')}>
        {t('backToList')}
      </BackLink>
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{incident.title}</h1>
        <IncidentFacts incident={incident} />
      </div>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t('updateTitle')}</h2>
        <p className="mb-4 max-w-prose text-sm text-zinc-700">{t('updateIntro', { live: incident.liveCount })}</p>
        <IncidentUpdateForm action={postIncidentUpdateAction} incidentId={incident.id} idempotencyKey={randomUUID()} bodyMax={MAX_BODY} />
      </Card>
      <section aria-labelledby="linked" className="flex flex-col gap-3">
        <h2 id="linked" className="text-lg font-semibold">
          {t('linkedTitle', { count: incident.complaintCount })}
        </h2>
        {incident.complaints.length === 0 ? (
          <p className="text-zinc-700">{t('noneLinked')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
            {incident.complaints.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <Link href={`/board/${c.number}`} className="text-brand-ink underline-offset-4 hover:underline">
                  <span className="mr-1 text-zinc-700">#{c.number}</span>
                  {c.title}
                </Link>
                <StatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        )}
        {incident.complaintCount > incident.complaints.length ? <p className="text-sm text-zinc-700">{t('linkedMore', { shown: INCIDENT_COMPLAINTS_LIMIT, count: incident.complaintCount })}</p> : null}
      </section>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('addTitle')}</h2>
        <AddComplaintsForm action={addComplaintsAction} incidentId={incident.id} />
      </Card>
      <InboxLive />
    </div>
  );
}
