import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { decodeCursor, isUuid, keysetPage } from '@/lib/pagination/cursor';
import { csvField, csvLines } from '@/lib/export/csv';

export const AUDIT_PAGE = 50;
// A CSV export is for a period's review, not a database dump.
export const AUDIT_EXPORT_LIMIT = 10_000;

export interface AuditFilters {
  actor?: string;
  action?: string;
  targetType?: string;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);
type AuditCursor = [string, string];
const isAuditCursor = (v: unknown[]): v is AuditCursor => v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && isId(v[1]);

/** The filters as SQL; anything malformed is simply not applied. Dates are whole days, "to" included. */
function conditions(f: AuditFilters): SQL | undefined {
  return and(
    f.actor && isUuid(f.actor) ? eq(auditLog.actorId, f.actor) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.targetType ? eq(auditLog.targetType, f.targetType) : undefined,
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
      actorName: users.displayName,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      reason: auditLog.reason,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}

/** Managers read the append-only log newest first, 50 at a time by keyset (created_at, id). */
export async function searchAudit(actor: Actor, filters: AuditFilters, cursor?: string) {
  if (!can(actor, 'view:audit_log')) throw new Forbidden();
  const after = decodeCursor<AuditCursor>(cursor, isAuditCursor);
  const where = and(conditions(filters), after ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${after[0]}::timestamptz, ${Number(after[1])})` : undefined);
  const found = await rows(where).limit(AUDIT_PAGE + 1);
  const { page, nextCursor } = keysetPage(found, AUDIT_PAGE, (last) => [last.createdAtExact, String(last.id)]);
  return { entries: page.map(({ createdAtExact: _, ...e }) => e), nextCursor };
}

/** What the filter selects offer: the people who acted, the actions and the kinds of target on record. */
export async function auditFilterOptions(actor: Actor) {
  if (!can(actor, 'view:audit_log')) throw new Forbidden();
  const db = getDb();
  const [actors, actions, targets] = await Promise.all([
    db.selectDistinct({ id: users.id, name: users.displayName }).from(auditLog).innerJoin(users, eq(users.id, auditLog.actorId)).orderBy(asc(users.displayName)),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ targetType: auditLog.targetType }).from(auditLog).orderBy(asc(auditLog.targetType)),
  ]);
  return { actors, actions: actions.map((a) => a.action), targetTypes: targets.map((t) => t.targetType) };
}

const cell = (v: unknown) => csvField(v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The filtered log as CSV, for managers, newest first. */
export async function auditCsv(actor: Actor, filters: AuditFilters): Promise<string> {
  if (!can(actor, 'view:audit_log')) throw new Forbidden();
  const found = await rows(conditions(filters)).limit(AUDIT_EXPORT_LIMIT);
  const header = ['id', 'created_at', 'actor', 'action', 'target_type', 'target_id', 'reason', 'before', 'after'];
  return csvLines([header, ...found.map((r) => [r.id, r.createdAt.toISOString(), r.actorName, r.action, r.targetType, r.targetId, r.reason, r.before, r.after].map(cell))]);
}
