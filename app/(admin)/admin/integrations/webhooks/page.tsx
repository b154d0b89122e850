import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { EndpointForm } from '@/components/webhooks/endpoint-form';
import { EndpointState } from '@/components/webhooks/endpoint-state';
import { requireRole } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { eventLabel } from '@/lib/webhooks/catalog';
import { listEndpoints } from '@/lib/webhooks/queries';
import { createEndpointAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('title') };
}

export default async function WebhooksPage() {
  const user = await requireRole('manager');
  const [t, format, endpoints] = await Promise.all([getTranslations('webhooks'), getFormatter(), listEndpoints(user)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-800">{t('intro')}</p>
      {getEnv().WEBHOOKS_ALLOW_PRIVATE_NETWORK ? <p className="max-w-prose text-sm text-zinc-700">{t('privateNetwork')}</p> : null}
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t('new')}</h2>
        <EndpointForm action={createEndpointAction} idempotencyKey={randomUUID()} />
      </Card>
      <section aria-labelledby="endpoints-heading" className="flex flex-col gap-3">
        <h2 id="endpoints-heading" className="text-lg font-semibold">
          {t('endpoints')}
        </h2>
        {endpoints.length === 0 ? (
          <p className="text-zinc-800">{t('empty')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {endpoints.map((e) => (
              <li key={e.id} className="rounded-lg border border-zinc-200 bg-white px-4 py-3">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <EndpointState active={e.active} disabled={e.disabledAt !== null} labels={{ active: t('state.active'), off: t('state.off'), disabled: t('state.disabled') }} />
                  <span className="break-all font-mono text-sm">{e.url}</span>
                  {e.description ? <span className="text-sm text-zinc-700">{e.description}</span> : null}
                </div>
                <p className="mt-2 text-sm text-zinc-800">{e.events.map((ev) => t(`events.${eventLabel(ev)}`)).join(' · ')}</p>
                <p className="mt-1 text-sm text-zinc-700">
                  {t('waiting', { count: e.pending })} · {t('failedCount', { count: e.failed })}
                  {e.failingSince && !e.disabledAt ? ` · ${t('failingSince', { when: when(e.failingSince) })}` : null}
                </p>
                {e.disabledAt ? <p className="mt-1 text-sm font-medium text-red-800">{t('disabledAt', { when: when(e.disabledAt) })}</p> : null}
                <p className="mt-2">
                  <Link href={`/admin/integrations/webhooks/${e.id}`} className="text-sm font-semibold text-brand-ink underline">
                    {t('open')}
                    <span className="sr-only">: {e.url}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
