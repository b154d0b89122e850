import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AuditEntry } from '@/components/audit/audit-entry';
import { ExportLinks } from '@/components/export/export-links';
import { SelectField } from '@/components/ui/select-field';
import { buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type AuditLine, auditFilterOptions, auditFiltersOf, searchAudit } from '@/lib/audit/queries';
import { requirePermission } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The append-only record of every staff and manager action, told in sentences: filter, page, export. Nothing here edits it. */
export default async function AuditPage({ searchParams }: Props) {
  const user = await requirePermission('view:audit_log');
  const q = await searchParams;
  const filters = auditFiltersOf((k) => (typeof q[k] === 'string' ? q[k] : null));
  const cursor = typeof q.after === 'string' ? q.after : undefined;
  const locale = await getLocale();
  const [t, format, options, { entries, nextCursor }] = await Promise.all([getTranslations('audit'), getFormatter(), auditFilterOptions(user), searchAudit(user, filters, cursor, locale)]);
  const query = new URLSearchParams(filters as Record<string, string>);
  const all = { value: '', label: t('all') };
  const areas = options.areas.filter((a) => t.has(`areas.${a}`)).map((a) => ({ value: a, label: t(`areas.${a}`) }));
  const days = new Map<string, AuditLine[]>();
  for (const e of entries) {
    const day = format.dateTime(e.createdAt, { dateStyle: 'full' });
    days.set(day, [...(days.get(day) ?? []), e]);
  }
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-700">{t('intro')}</p>
      <form method="get" className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end" aria-label={t('filters')}>
        <SelectField id="audit-actor" name="actor" label={t('actor')} defaultValue={filters.actor ?? ''} options={[all, ...options.actors.map((a) => ({ value: a.id, label: a.name }))]} />
        <Field id="audit-person" name="person" type="search" label={t('person')} placeholder={t('personHint')} defaultValue={filters.person ?? ''} className="lg:col-span-2" />
        <SelectField id="audit-area" name="area" label={t('action')} defaultValue={filters.area ?? ''} options={[all, ...areas]} />
        <Field id="audit-from" name="from" type="date" label={t('from')} defaultValue={filters.from ?? ''} />
        <Field id="audit-to" name="to" type="date" label={t('to')} defaultValue={filters.to ?? ''} />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
          <button type="submit" className={buttonClass('primary')}>
            {t('apply')}
          </button>
          {query.size > 0 ? (
            <Link href="/admin/audit" className={buttonClass('ghost')}>
              {t('clear')}
            </Link>
          ) : null}
          <span className="flex flex-wrap items-center gap-x-3 text-sm text-zinc-700 sm:ml-auto">
            {t('download')}
            <ExportLinks href={`/admin/audit/export${query.size ? `?${query}` : ''}`} />
          </span>
        </div>
      </form>
      {entries.length === 0 ? (
        <p className="text-zinc-700">{t('empty')}</p>
      ) : (
        <section aria-label={t('caption')} className="flex flex-col gap-4">
          {[...days].map(([day, lines]) => (
            <section key={day} aria-labelledby={`audit-day-${lines[0]!.id}`} className="flex flex-col gap-2">
              <h2 id={`audit-day-${lines[0]!.id}`} className="text-sm font-semibold uppercase tracking-wide text-zinc-600 first-letter:uppercase">
                {day}
              </h2>
              <ol className="rounded-lg border border-zinc-200 bg-white">
                {lines.map((line) => (
                  <AuditEntry key={line.id} line={line} time={format.dateTime(line.createdAt, { timeStyle: 'short' })} />
                ))}
              </ol>
            </section>
          ))}
        </section>
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
