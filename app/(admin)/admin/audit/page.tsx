import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/ui/select-field';
import { buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { auditFilterOptions, type AuditFilters, searchAudit } from '@/lib/audit/queries';
import { requirePermission } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('moderation.audit'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ['actor', 'action', 'targetType', 'from', 'to'] as const;

/** The append-only record of every staff and manager action: search, filter, page, export. Nothing here edits it. */
export default async function AuditPage({ searchParams }: Props) {
  const user = await requirePermission('view:audit_log');
  const q = await searchParams;
  const filters: AuditFilters = Object.fromEntries(FILTERS.flatMap((k) => (typeof q[k] === 'string' && q[k] ? [[k, q[k]]] : [])));
  const cursor = typeof q.after === 'string' ? q.after : undefined;
  const [t, format, options, { entries, nextCursor }] = await Promise.all([getTranslations('moderation.audit'), getFormatter(), auditFilterOptions(user), searchAudit(user, filters, cursor)]);
  const query = new URLSearchParams(filters as Record<string, string>);
  const all = { value: '', label: t('all') };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-700">{t('intro')}</p>
      <form method="get" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end" aria-label={t('filters')}>
        <SelectField id="audit-actor" name="actor" label={t('actor')} defaultValue={filters.actor ?? ''} options={[all, ...options.actors.map((a) => ({ value: a.id, label: a.name }))]} />
        <SelectField id="audit-action" name="action" label={t('action')} defaultValue={filters.action ?? ''} options={[all, ...options.actions.map((a) => ({ value: a, label: a }))]} />
        <SelectField id="audit-target" name="targetType" label={t('targetType')} defaultValue={filters.targetType ?? ''} options={[all, ...options.targetTypes.map((a) => ({ value: a, label: a }))]} />
        <Field id="audit-from" name="from" type="date" label={t('from')} defaultValue={filters.from ?? ''} />
        <Field id="audit-to" name="to" type="date" label={t('to')} defaultValue={filters.to ?? ''} />
        <button type="submit" className={buttonClass('secondary')}>
          {t('apply')}
        </button>
      </form>
      <p>
        <a href={`/admin/audit/export?${query}`} className={buttonClass('primary')} download>
          {t('export')}
        </a>
      </p>
      {entries.length === 0 ? (
        <p className="text-zinc-700">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead className="bg-zinc-50">
              <tr>
                <th scope="col" className="p-2">{t('when')}</th>
                <th scope="col" className="p-2">{t('actor')}</th>
                <th scope="col" className="p-2">{t('action')}</th>
                <th scope="col" className="p-2">{t('target')}</th>
                <th scope="col" className="p-2">{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-t border-zinc-100 align-top">
                  <td className="whitespace-nowrap p-2">{format.dateTime(e.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td className="p-2">{e.actorName ?? t('system')}</td>
                  <td className="p-2 font-mono text-xs">{e.action}</td>
                  <td className="p-2 font-mono text-xs [overflow-wrap:anywhere]">
                    {e.targetType}
                    {e.targetId ? ` · ${e.targetId}` : ''}
                  </td>
                  <td className="p-2 [overflow-wrap:anywhere]">{e.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor ? (
        <p>
          <Link href={`/admin/audit?${new URLSearchParams({ ...(filters as Record<string, string>), after: nextCursor })}`} className="font-semibold text-brand-ink underline">
            {t('older')} →
          </Link>
        </p>
      ) : null}
    </div>
  );
}
