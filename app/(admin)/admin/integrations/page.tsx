import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { TokenForm } from '@/components/integrations/token-form';
import { ActionForm } from '@/components/moderation/action-form';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listApiTokens, tokenActorOptions } from '@/lib/integrations/queries';
import { API_SCOPES, EXPIRY_DAYS } from '@/lib/integrations/scopes';
import { createTokenAction, revokeTokenAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('integrations.page'))('metaTitle') };
}

const STATE_TONE = { active: 'bg-green-100 text-green-900', expired: 'bg-zinc-200 text-zinc-800', revoked: 'bg-red-100 text-red-900' } as const;

/**
 * Management → Integrations: the REST API's tokens (made, listed, revoked). The webhooks of the same
 * issue have their own page, /admin/integrations/webhooks, with its own section below the tokens.
 */
export default async function IntegrationsPage() {
  const user = await requirePermission('view:integrations');
  const [t, scopeLabel, format, tokens, people] = await Promise.all([getTranslations('integrations.page'), getTranslations('integrations.scopes'), getFormatter(), listApiTokens(user), tokenActorOptions(user)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-prose text-zinc-700">{t('intro')}</p>
        <p className="flex flex-wrap gap-4">
          <a href="/developers" className="font-medium text-brand-ink underline underline-offset-4">
            {t('reference')}
          </a>
          <a href="/api/v1/openapi.json" className="font-medium text-brand-ink underline underline-offset-4">
            {t('openapi')}
          </a>
        </p>
      </header>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('createHeading')}</h2>
        <TokenForm
          action={createTokenAction}
          me={user.id}
          scopes={API_SCOPES.map((s) => ({ value: s, label: scopeLabel(s) }))}
          people={people.map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }))}
          expiries={[{ value: '', label: t('never') }, ...EXPIRY_DAYS.map((d) => ({ value: String(d), label: t('inDays', { days: d }) }))]}
        />
      </Card>
      <Card>
        <h2 id="tokens-heading" className="mb-3 text-lg font-semibold">
          {t('tokensHeading')}
        </h2>
        {tokens.length === 0 ? (
          <p className="text-zinc-700">{t('empty')}</p>
        ) : (
          <div className="relative overflow-x-auto" role="region" aria-labelledby="tokens-heading" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b border-zinc-200">
                  <th scope="col" className="py-2 pr-3">{t('columns.name')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.scopes')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.actsFor')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.lastUsed')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.expires')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.state')}</th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t('columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((tok) => (
                  <tr key={tok.id} className="border-b border-zinc-100 align-top" data-testid="api-token-row">
                    <td className="py-2 pr-3">
                      <span className="font-medium">{tok.name}</span>
                      <code className="block font-mono text-xs text-zinc-600">{`${tok.prefix}…`}</code>
                      <span className="block text-xs text-zinc-600">{t('createdBy', { name: tok.createdByName, date: format.dateTime(tok.createdAt, { dateStyle: 'medium' }) })}</span>
                    </td>
                    <td className="py-2 pr-3">
                      <ul>
                        {tok.scopes.map((s) => (
                          <li key={s}>
                            <code className="font-mono text-xs">{s}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2 pr-3">{tok.actsForName}</td>
                    <td className="py-2 pr-3">{tok.lastUsedAt ? when(tok.lastUsedAt) : t('neverUsed')}</td>
                    <td className="py-2 pr-3">{tok.expiresAt ? when(tok.expiresAt) : t('noExpiry')}</td>
                    <td className="py-2 pr-3">
                      <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_TONE[tok.state]}`}>{t(`states.${tok.state}`)}</span>
                    </td>
                    <td className="py-2">
                      {tok.state === 'active' ? <ActionForm action={revokeTokenAction} fields={{ tokenId: tok.id }} submit={t('revoke', { name: tok.name })} variant="danger" success={t('revoked')} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
