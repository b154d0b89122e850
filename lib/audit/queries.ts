import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { apiTokens, auditLog, complaintEvents, complaints, posts, threads, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { type Locale, TIME_ZONE } from '@/lib/i18n/config';
import { dynamicTranslatorFor } from '@/lib/i18n/translator';
import { decodeCursor, isUuid, keysetPage } from '@/lib/pagination/cursor';
import { personMatches } from '@/lib/members/match';
import type { Sheet } from '@/lib/export/sheet';
import { type AuditSentence, auditSentences, sentenceText } from './sentences';
import { loadTargetFacts } from './targets';

export const AUDIT_PAGE = 50;
// An export is for a period's review, not a database dump.
export const AUDIT_EXPORT_LIMIT = 10_000;

export const AUDIT_FILTERS = ['actor', 'person', 'area', 'from', 'to'] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;

/** The filters present in a query string, as the page and the export read them alike. */
export function auditFiltersOf(get: (key: string) => string | null | undefined): AuditFilters {
  return Object.fromEntries(AUDIT_FILTERS.flatMap((k) => {
    const v = get(k)?.trim();
    return v ? [[k, v.slice(0, 100)]] : [];
  }));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const AREA = /^[a-z_]+$/;
const isId = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);
type AuditCursor = [string, string];
const isAuditCursor = (v: unknown[]): v is AuditCursor => v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && isId(v[1]);
const subject = alias(users, 'audit_subject');

/**
 * The entries about a person found by name, e-mail or membership number: their account or profile,
 * what they wrote (a post, a thread, a complaint, a comment), or the person a change named (invited,
 * given a role, assigned).
 */
function aboutPerson(q: string): SQL {
  const id = sql`${subject.id}::text`;
  return sql`exists (select 1 from ${users} as ${sql.identifier('audit_subject')} where ${personMatches(subject, q)} and (
    (${auditLog.targetType} in ('user', 'profile') and ${auditLog.targetId} = ${id})
    or ${auditLog.after}->>'userId' = ${id} or ${auditLog.before}->>'userId' = ${id} or ${auditLog.after}->>'assigneeId' = ${id}
    or (${auditLog.targetType} = 'post' and exists (select 1 from ${posts} where ${posts.id}::text = ${auditLog.targetId} and ${posts.authorId} = ${subject.id}))
    or (${auditLog.targetType} = 'thread' and exists (select 1 from ${threads} where ${threads.id}::text = ${auditLog.targetId} and ${threads.authorId} = ${subject.id}))
    or (${auditLog.targetType} = 'complaint' and exists (select 1 from ${complaints} where ${complaints.id}::text = ${auditLog.targetId} and ${complaints.authorId} = ${subject.id}))
    or (${auditLog.targetType} = 'complaint_comment' and exists (select 1 from ${complaintEvents} where ${complaintEvents.id}::text = ${auditLog.targetId} and ${complaintEvents.actorId} = ${subject.id}))
  ))`;
}

/** The filters as SQL; anything malformed is simply not applied. Dates are whole days, "to" included. */
function conditions(f: AuditFilters): SQL | undefined {
  return and(
    f.actor && isUuid(f.actor) ? eq(auditLog.actorId, f.actor) : undefined,
    f.person ? aboutPerson(f.person) : undefined,
    f.area && AREA.test(f.area) ? sql`split_part(${auditLog.action}, '.', 1) = ${f.area}` : undefined,
    f.from && DAY.test(f.from) ? gte(auditLog.createdAt, new Date(`${f.from}T00:00:00Z`)) : undefined,
    f.to && DAY.test(f.to) ? lt(auditLog.createdAt, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)) : undefined,
  );
}

function rows(where: SQL | undefined) {
  return getDb()
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      createdAtExact: sql<string>`${auditLog.createdAt}::text`,
      actorId: auditLog.actorId,
      actorName: users.displayName,
      integrationName: apiTokens.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      reason: auditLog.reason,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(apiTokens, eq(apiTokens.id, auditLog.integrationId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}

export interface AuditLine {
  id: number;
  createdAt: Date;
  actor: { id: string; name: string } | null;
  sentence: AuditSentence;
}

async function told(found: Awaited<ReturnType<typeof rows>>, locale: Locale): Promise<AuditLine[]> {
  const t = dynamicTranslatorFor(locale);
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const day = (d: Date) => long.format(d);
  // Through an integration token: "the integration «CRM» on behalf of Laura Gómez".
  const records = found.map((r) => (r.integrationName && r.actorName ? { ...r, actorName: t('integrations.auditActor', { integration: r.integrationName, actor: r.actorName }) } : r));
  const sentences = auditSentences(t, records, await loadTargetFacts(found), day);
  return found.map((r, i) => ({ id: r.id, createdAt: r.createdAt, actor: r.actorId && r.actorName ? { id: r.actorId, name: r.actorName } : null, sentence: sentences[i]! }));
}

/** Managers read the append-only log newest first, 50 at a time by keyset (created_at, id), each entry told as a sentence. */
export async function searchAudit(actor: Actor, filters: AuditFilters, cursor: string | undefined, locale: Locale) {
  if (!can(actor, 'view:audit_log')) throw new Forbidden();
  const after = decodeCursor<AuditCursor>(cursor, isAuditCursor);
  const where = and(conditions(filters), after ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${after[0]}::timestamptz, ${Number(after[1])})` : undefined);
  const found = await rows(where).limit(AUDIT_PAGE + 1);
  const { page, nextCursor } = keysetPage(found, AUDIT_PAGE, (last) => [last.createdAtExact, String(last.id)]);
  return { entries: await told(page, locale), nextCursor };
}

/** What the filters offer: the people who acted and the areas on record. */
export async function auditFilterOptions(actor: Actor) {
  if (!can(actor, 'view:audit_log')) throw new Forbidden();
  const db = getDb();
  const area = sql<string>`split_part(${auditLog.action}, '.', 1)`;
  const [actors, areas] = await Promise.all([
    db.selectDistinct({ id: users.id, name: users.displayName }).from(auditLog).innerJoin(users, eq(users.id, auditLog.actorId)).orderBy(asc(users.displayName)),
    db.selectDistinct({ area }).from(auditLog).orderBy(asc(area)),
  ]);
  return { actors, areas: areas.map((a) => a.area) };
}

/** The filtered log as an export sheet, newest first, in the reader's language. */
export async function auditSheet(actor: Actor, filters: AuditFilters, locale: Locale, origin: string): Promise<Sheet> {
  if (!can(actor, 'view:audit_log')) throw new Forbidden();
  const t = dynamicTranslatorFor(locale);
  const lines = await told(await rows(conditions(filters)).limit(AUDIT_EXPORT_LIMIT), locale);
  const column = (key: string) => t(`audit.columns.${key}`);
  return {
    name: `audit-${new Date().toISOString().slice(0, 10)}`,
    locale,
    columns: [
      { header: column('when'), kind: 'datetime' },
      { header: column('actor'), kind: 'text' },
      { header: column('what'), kind: 'text' },
      { header: column('reason'), kind: 'text' },
      { header: column('link'), kind: 'text' },
    ],
    rows: lines.map((l) => [l.createdAt, l.actor?.name ?? t('audit.system'), sentenceText(t, { ...l.sentence, reason: null }), l.sentence.reason, l.sentence.href ? new URL(l.sentence.href, origin).toString() : null]),
  };
}
