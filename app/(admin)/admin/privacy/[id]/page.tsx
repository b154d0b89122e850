import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClockBadge } from '@/components/privacy/clock-badge';
import { AssignForm, ResolveForm } from '@/components/privacy/request-forms';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { NotFound } from '@/lib/errors';
import { isLive } from '@/lib/privacy/clock';
import { deskRequest, type DeskRequest } from '@/lib/privacy/queries';
import { OUTCOMES } from '@/lib/privacy/requests';
import { privacyDeskAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

async function load(id: string): Promise<DeskRequest> {
  const user = await requirePermission('view:privacy_desk');
  try {
    return await deskRequest(user, id);
  } catch (e) {
    if (e instanceof NotFound) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await load((await params).id);
  return { title: (await getTranslations('privacy'))('number', { number: r.number }) };
}

export default async function PrivacyRequestPage({ params }: Props) {
  const r = await load((await params).id);
  const [t, tp, format] = await Promise.all([getTranslations('privacy.desk.detail'), getTranslations('privacy'), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const facts: [string, string][] = [
    [t('person'), r.subject.name],
    [t('email'), r.subject.email],
    ...(r.subject.membershipNumber ? [[t('membershipNumber'), r.subject.membershipNumber] as [string, string]] : []),
    [t('kind'), tp(`kinds.${r.kind}`)],
    [t('source'), tp(`sources.${r.source}`)],
    [t('received'), day(r.receivedAt)],
    [t('status'), tp(`statuses.${r.status}`)],
    [t('assignee'), r.assigneeName ?? t('nobody')],
  ];
  const eventText = (e: DeskRequest['events'][number]) => {
    const actor = e.actorName ?? t('system');
    if (e.kind === 'assigned') return e.assigneeName ? t('events.assigned', { actor, assignee: e.assigneeName }) : t('events.unassigned', { actor });
    return t(`events.${e.kind}`, { actor });
  };
  const live = isLive(r.status);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <BackLink href="/admin/privacy" label={tp('desk.title')}>{t('back')}</BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">
          {tp('number', { number: r.number })} · {tp(`shortKinds.${r.kind}`)}
        </h1>
        <div>
          <ClockBadge clock={r.clock} dueAt={r.dueAt} closedAt={r.resolvedAt} />
        </div>
      </div>
      <Card>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-zinc-700">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <h2 className="mt-4 mb-1 text-base font-semibold">{t('details')}</h2>
        <p className="text-sm break-words whitespace-pre-line text-zinc-800">{r.details || t('noDetails')}</p>
      </Card>
      {live ? (
        <>
          <Card>
            <AssignForm action={privacyDeskAction} requestId={r.id} managers={r.managers.map((m) => ({ value: m.id, label: m.displayName }))} assigneeId={r.assigneeId} />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t('handleTitle')}</h2>
            <ResolveForm action={privacyDeskAction} requestId={r.id} outcomes={OUTCOMES} />
          </Card>
        </>
      ) : (
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t('answer')}</h2>
          <p className="text-sm break-words whitespace-pre-line text-zinc-800">{r.resolution}</p>
          {r.resolvedAt ? <p className="mt-2 text-sm text-zinc-700">{t('handledBy', { name: r.assigneeName ?? t('system'), date: day(r.resolvedAt) })}</p> : null}
        </Card>
      )}
      <section aria-labelledby="trail-heading">
        <h2 id="trail-heading" className="mb-2 text-lg font-semibold">
          {t('trail')}
        </h2>
        <ol className="flex flex-col gap-2 text-sm" data-testid="privacy-trail">
          {r.events.map((e) => (
            <li key={e.id} className="flex flex-col gap-0.5 border-l-2 border-zinc-300 pl-3">
              <span>{eventText(e)}</span>
              <time className="text-zinc-700" dateTime={e.createdAt.toISOString()}>
                {when(e.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
