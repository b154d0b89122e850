import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { RosterCommit } from '@/components/roster/roster-commit';
import { RosterMapping } from '@/components/roster/roster-mapping';
import { RosterProgress } from '@/components/roster/roster-progress';
import { RosterUpload } from '@/components/roster/roster-upload';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/session';
import { NotFound } from '@/lib/errors';
import { ROSTER_FIELDS } from '@/lib/roster/columns';
import { recentRosterImports, REFUSED_SHOWN, type RosterImportReport, rosterImportReport } from '@/lib/roster/queries';
import { commitRosterAction, mapRosterAction, uploadRosterAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('roster'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function reportOf(user: Awaited<ReturnType<typeof requireRole>>, id: string) {
  try {
    return await rosterImportReport(user, id);
  } catch (e) {
    if (e instanceof NotFound) notFound();
    throw e;
  }
}

async function RefusedRows({ report }: { report: RosterImportReport }) {
  const t = await getTranslations('roster');
  if (report.refused.length === 0) return <p className="text-sm text-zinc-700">{t('dryRun.noneRefused')}</p>;
  const shown = report.refused.slice(0, REFUSED_SHOWN);
  return (
    <div className="flex flex-col gap-3">
      <h3 className="font-semibold">{t('dryRun.refusedTitle')}</h3>
      <div className="overflow-x-auto rounded-lg border border-zinc-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('dryRun.refusedCaption')}</caption>
          <thead className="bg-zinc-50">
            <tr className="border-b border-zinc-200">
              <th scope="col" className="px-3 py-2 font-semibold">{t('dryRun.line')}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('dryRun.reason')}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('dryRun.row')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.line} className="border-b border-zinc-100 align-top last:border-0">
                <td className="px-3 py-2 tabular-nums">{r.line}</td>
                <td className="px-3 py-2">{t(`reasons.${r.reason}`)}</td>
                <td className="max-w-[28rem] px-3 py-2 font-mono text-xs text-zinc-700 [overflow-wrap:anywhere]">{r.cells.join(` ${report.separator === '\t' ? '⇥' : report.separator} `)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.refused.length > shown.length ? <p className="text-sm text-zinc-700">{t('dryRun.more', { n: report.refused.length - shown.length })}</p> : null}
      <p>
        <a href={`/admin/members/import/${report.id}/refused`} className="font-medium text-brand-ink underline" download>
          {t('dryRun.download')}
        </a>
      </p>
    </div>
  );
}

function Counts({ report, t }: { report: RosterImportReport; t: Awaited<ReturnType<typeof getTranslations<'roster'>>> }) {
  const c = report.counts;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="roster-dry-run">
      {(['created', 'updated', 'unchanged', 'refused'] as const).map((k) => (
        <li key={k} className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm font-medium">
          {t(`dryRun.${k}`, { n: c[k] })}
        </li>
      ))}
    </ul>
  );
}

/** /admin/members/import: upload → columns → dry run → commit → live progress; ?id= keeps the import across reloads. */
export default async function RosterImportPage({ searchParams }: Props) {
  const user = await requireRole('manager');
  const q = await searchParams;
  const id = typeof q.id === 'string' ? q.id : undefined;
  const [t, format] = await Promise.all([getTranslations('roster'), getFormatter()]);
  const report = id ? await reportOf(user, id) : null;
  const recent = report ? [] : await recentRosterImports(user);
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/admin/members" label={t('back')}>
        {t('back')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-700">{t('intro')}</p>
      {!report ? (
        <>
          <Card className="flex flex-col gap-4">
            <h2 className="text-lg font-semibold">{t('upload.title')}</h2>
            <RosterUpload action={uploadRosterAction} />
          </Card>
          <Card className="flex flex-col gap-3">
            <h2 className="text-lg font-semibold">{t('recent.title')}</h2>
            {recent.length === 0 ? (
              <p className="text-sm text-zinc-700">{t('recent.empty')}</p>
            ) : (
              <ul className="flex flex-col divide-y divide-zinc-100">
                {recent.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                    <span className="flex flex-col">
                      <span className="font-medium [overflow-wrap:anywhere]">{r.fileName === 'pasted' ? t('recent.pasted') : r.fileName}</span>
                      <span className="text-zinc-700">
                        {day(r.createdAt)} · {t(`recent.statuses.${r.status}`)} · {t('recent.summary', { created: r.created, updated: r.updated, refused: r.refused })}
                      </span>
                    </span>
                    <Link href={`/admin/members/import?id=${r.id}`} className="font-medium text-brand-ink underline" aria-label={t('recent.openLabel', { file: r.fileName === 'pasted' ? t('recent.pasted') : r.fileName })}>
                      {t('recent.open')}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : report.status === 'draft' ? (
        <>
          <Card className="flex flex-col gap-3">
            <h2 className="text-lg font-semibold">{t('mapping.title')}</h2>
            <p className="text-sm text-zinc-700 [overflow-wrap:anywhere]">
              {t('mapping.file', { file: report.fileName === 'pasted' ? t('recent.pasted') : report.fileName, rows: report.total, separator: t(`separators.${report.separator as ';'}`), encoding: t(`encodings.${report.encoding as 'utf-8'}`) })}
            </p>
            <p className="text-sm text-zinc-700">{t('mapping.intro')}</p>
            <RosterMapping key={JSON.stringify(report.mapping)} importId={report.id} header={report.header} fields={ROSTER_FIELDS} mapping={report.mapping} action={mapRosterAction} />
          </Card>
          <Card className="flex flex-col gap-4">
            <h2 className="text-lg font-semibold">{t('dryRun.title')}</h2>
            <Counts report={report} t={t} />
            <RefusedRows report={report} />
            {report.counts.created + report.counts.updated > 0 ? (
              <>
                <p className="text-sm text-zinc-700">{t('dryRun.commitHint')}</p>
                <RosterCommit rows={report.counts.created + report.counts.updated} commit={commitRosterAction.bind(null, report.id)} />
              </>
            ) : (
              <p className="text-sm font-medium text-zinc-800">{t('dryRun.nothing')}</p>
            )}
          </Card>
        </>
      ) : (
        <>
          <Card className="flex flex-col gap-4">
            <h2 className="text-lg font-semibold">{t('progress.title')}</h2>
            <RosterProgress key={report.status} importId={report.id} initial={{ status: report.status, total: report.total, processed: report.processed, counts: report.counts, mail: report.mail }} />
            <p className="text-sm text-zinc-700">
              {t('progress.mailHint')}{' '}
              <Link href="/admin/mail" className="font-medium text-brand-ink underline">
                {t('progress.mailLink')}
              </Link>
              .
            </p>
            {report.status === 'done' ? <RefusedRows report={report} /> : null}
          </Card>
        </>
      )}
      {report ? (
        <p>
          <Link href="/admin/members/import" className="font-medium text-brand-ink underline">
            {t('progress.again')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
