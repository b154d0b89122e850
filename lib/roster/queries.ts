import { and, count, desc, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox, rosterEntries, rosterImports } from '@/db/schema';
import { Forbidden, NotFound } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import type { Sheet } from '@/lib/export/sheet';
import { type Actor, can } from '@/lib/policy';
import { judgeRow, repeatedRows, type RefusalReason } from './judge';
import { loadRosterState } from './state';

/** How many refused rows the page lists; the download holds them all. */
export const REFUSED_SHOWN = 100;

function assertManager(actor: Actor) {
  if (!can(actor, 'view:roster_imports')) throw new Forbidden();
}

async function findImport(importId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(importId)) throw new NotFound();
  const [row] = await getDb().select().from(rosterImports).where(eq(rosterImports.id, importId)).limit(1);
  if (!row) throw new NotFound();
  return row;
}

export interface RefusedRow {
  line: number;
  reason: RefusalReason;
  cells: string[];
}

/**
 * The dry run of a draft: what committing it would do to each row, from the roster and accounts as they
 * are now; nothing is written. After the commit, what it did.
 */
export async function rosterImportReport(actor: Actor, importId: string) {
  assertManager(actor);
  const imp = await findImport(importId);
  const cellsByLine = new Map(imp.rows.map((r) => [r.line, r.cells]));
  let counts = { created: imp.created, updated: imp.updated, unchanged: imp.unchanged, refused: imp.refused };
  let refused: RefusedRow[];
  if (imp.status === 'draft') {
    counts = { created: 0, updated: 0, unchanged: 0, refused: 0 };
    refused = [];
    const repeated = repeatedRows(imp.rows, imp.mapping);
    const state = await loadRosterState(getDb(), imp.rows, imp.mapping);
    imp.rows.forEach((row, i) => {
      const v = judgeRow(row, i, imp.mapping, imp.separator, repeated, state);
      counts[v.kind]++;
      if (v.kind === 'refused') refused.push({ line: v.line, reason: v.reason, cells: row.cells });
    });
  } else {
    refused = imp.refusals.map((r) => ({ line: r.line, reason: r.reason as RefusalReason, cells: cellsByLine.get(r.line) ?? [] }));
  }
  const mail = imp.status === 'draft' ? null : await invitationMailCounts(imp.id);
  return {
    id: imp.id,
    status: imp.status,
    fileName: imp.fileName,
    separator: imp.separator,
    encoding: imp.encoding,
    header: imp.header,
    mapping: imp.mapping,
    total: imp.total,
    processed: imp.processed,
    counts,
    refused,
    mail,
    createdAt: imp.createdAt,
    finishedAt: imp.finishedAt,
  };
}

export type RosterImportReport = Awaited<ReturnType<typeof rosterImportReport>>;

/** What the progress bar polls: cheap, no dry run. */
export async function rosterImportProgress(actor: Actor, importId: string) {
  assertManager(actor);
  const imp = await findImport(importId);
  return {
    status: imp.status,
    total: imp.total,
    processed: imp.processed,
    counts: { created: imp.created, updated: imp.updated, unchanged: imp.unchanged, refused: imp.refused },
    mail: imp.status === 'draft' ? null : await invitationMailCounts(imp.id),
  };
}

export type RosterImportProgress = Awaited<ReturnType<typeof rosterImportProgress>>;

/** Members the import brought in whose invitation is sent, waiting its turn, or bounced (failed for good). */
export async function invitationMailCounts(importId: string) {
  const rows = await getDb()
    .select({ status: mailOutbox.status, n: count() })
    .from(rosterEntries)
    .innerJoin(mailOutbox, and(eq(mailOutbox.toAddress, rosterEntries.email), eq(mailOutbox.category, 'invitation'), gte(mailOutbox.createdAt, rosterEntries.createdAt)))
    .where(eq(rosterEntries.createdImportId, importId))
    .groupBy(mailOutbox.status);
  const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  return { sent: by.sent ?? 0, pending: (by.pending ?? 0) + (by.sending ?? 0), bounced: by.failed ?? 0 };
}

/** The latest imports, for the page's list: counts only. */
export async function recentRosterImports(actor: Actor, limit = 10) {
  assertManager(actor);
  return getDb()
    .select({ id: rosterImports.id, status: rosterImports.status, fileName: rosterImports.fileName, total: rosterImports.total, processed: rosterImports.processed, created: rosterImports.created, updated: rosterImports.updated, refused: rosterImports.refused, createdAt: rosterImports.createdAt })
    .from(rosterImports)
    .orderBy(desc(rosterImports.createdAt))
    .limit(limit);
}

/** The refused rows as the manager downloads them: line, reason in words, then the row's own cells under the file's header. */
export async function refusedRowsSheet(actor: Actor, importId: string, locale: Locale): Promise<Sheet> {
  const report = await rosterImportReport(actor, importId);
  const t = translatorFor(locale);
  const width = Math.max(report.header.length, ...report.refused.map((r) => r.cells.length));
  const header = Array.from({ length: width }, (_, i) => report.header[i] || t('roster.refusedSheet.column', { n: i + 1 }));
  return {
    name: t('roster.refusedSheet.name'),
    locale,
    columns: [{ header: t('roster.refusedSheet.line'), kind: 'number' }, { header: t('roster.refusedSheet.reason'), kind: 'text' }, ...header.map((h) => ({ header: h, kind: 'text' as const }))],
    rows: report.refused.map((r) => [r.line, t(`roster.reasons.${r.reason}`), ...Array.from({ length: width }, (_, i) => r.cells[i] ?? '')]),
  };
}

