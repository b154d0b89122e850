import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { NewerOlderNav } from '@/components/ui/newer-older-nav';
import { EndpointForm } from '@/components/webhooks/endpoint-form';
import { EndpointState } from '@/components/webhooks/endpoint-state';
import { RowButton } from '@/components/webhooks/row-button';
import { requireRole } from '@/lib/auth/session';
import { NotFound } from '@/lib/errors';
import { eventLabel } from '@/lib/webhooks/catalog';
import { getEndpoint, listDeliveries } from '@/lib/webhooks/queries';
import { deleteEndpointAction, resendDeliveryAction, updateEndpointAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('deliveries') };
}

const TONE: Record<string, string> = {
  delivered: 'border-green-700 text-green-900',
  failed: 'border-red-700 bg-red-50 text-red-900',
  pending: 'border-amber-700 text-amber-900',
  sending: 'border-sky-700 text-sky-900',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> };

export default async function WebhookEndpointPage({ params, searchParams }: Props) {
  const user = await requireRole('manager');
  const [{ id }, { after }] = await Promise.all([params, searchParams]);
  const found = await Promise.all([getEndpoint(user, id), listDeliveries(user, id, { cursor: after })]).catch((e: unknown) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  const [endpoint, page] = found;
  const [t, format] = await Promise.all([getTranslations('webhooks'), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'medium' });
  const base = `/admin/integrations/webhooks/${endpoint.id}`;
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/admin/integrations/webhooks" label={t('title')}>
        {t('back')}
      </BackLink>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="break-all text-2xl font-bold">{endpoint.url}</h1>
        <EndpointState active={endpoint.active} disabled={endpoint.disabledAt !== null} labels={{ active: t('state.active'), off: t('state.off'), disabled: t('state.disabled') }} />
      </div>
      {endpoint.disabledAt ? <p className="font-medium text-red-800">{t('disabledAt', { when: when(endpoint.disabledAt) })}</p> : null}
      <section aria-labelledby="deliveries-heading" className="flex flex-col gap-3">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          {t('deliveries')}
        </h2>
        {page.items.length === 0 ? (
          <p className="text-zinc-800">{t('deliveriesEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {page.items.map((d) => (
              <li key={d.id} className="rounded-lg border border-zinc-200 bg-white px-4 py-3" data-delivery={d.id}>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className={`rounded-full border px-2 text-xs font-semibold ${TONE[d.status]}`}>{t(`status.${d.status}`)}</span>
                  <span className="font-semibold">{t(`events.${eventLabel(d.eventType)}`)}</span>
                  <code className="break-all font-mono text-xs text-zinc-700">{d.id}</code>
                </div>
                <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                  <div className="flex gap-2">
                    <dt className="font-medium text-zinc-700">{t('columns.response')}</dt>
                    <dd>{d.responseStatus ?? t('noResponse')}</dd>
                  </div>
                  <div className="flex gap-2">
                    <dt className="font-medium text-zinc-700">{t('columns.time')}</dt>
                    <dd>{when(d.deliveredAt ?? d.lastAttemptAt ?? d.createdAt)}</dd>
                  </div>
                  <div className="flex gap-2">
                    <dt className="font-medium text-zinc-700">{t('columns.attempts')}</dt>
                    <dd>
                      {d.attempts}
                      {d.status === 'pending' && d.attempts > 0 ? ` (${t('nextAttempt', { when: when(d.nextAttemptAt) })})` : null}
                    </dd>
                  </div>
                </dl>
                {d.lastError && d.status !== 'delivered' ? (
                  <p className="mt-1 text-sm">
                    <span className="font-medium text-zinc-700">{t('columns.error')}: </span>
                    <code className="break-all font-mono text-xs">{d.lastError}</code>
                  </p>
                ) : null}
                {/* Always there, so its answer survives the refresh; one in flight answers that it is. */}
                <div className="mt-3">
                  <RowButton id={d.id} action={resendDeliveryAction} kind="resend" />
                </div>
              </li>
            ))}
          </ul>
        )}
        <NewerOlderNav
          label={t('deliveries')}
          newest={after ? { href: base, text: t('newest') } : null}
          older={page.nextCursor ? { href: `${base}?after=${page.nextCursor}`, text: t('older') } : null}
        />
      </section>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t('settings')}</h2>
        <EndpointForm action={updateEndpointAction} values={endpoint} />
        <div className="mt-6 border-t border-zinc-200 pt-4">
          <RowButton id={endpoint.id} action={deleteEndpointAction} kind="delete" />
        </div>
      </Card>
    </div>
  );
}
