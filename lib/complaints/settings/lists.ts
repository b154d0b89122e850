import { and, asc, eq, max, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { complaintBranches, complaintCategories, staffTeams } from '@/db/schema';
import { Invalid, NotFound } from '@/lib/errors';

/**
 * The three named lists a manager keeps for the complaint board. They share one shape (name,
 * position, archived) and one set of rules, so one set of verbs serves all three.
 */
export const LIST_KINDS = ['category', 'branch', 'team'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

const TABLES = { category: complaintCategories, branch: complaintBranches, team: staffTeams };

// The tables differ only in their SQL name; typed as one so the verbs need no per-list branches.
export const tableOf = (kind: ListKind) => TABLES[kind] as unknown as typeof complaintCategories;

export const auditTarget = (kind: ListKind) => (kind === 'team' ? 'staff_team' : `complaint_${kind}`);

export const NAME_MAX = 60;
export const nameField = z.string('errors.required').trim().min(1, 'errors.required').max(NAME_MAX, 'errors.tooLong');
/** What English members read; optional, since they read the Spanish name when it is empty. */
export const nameEnField = z.string().trim().max(NAME_MAX, 'errors.tooLong').optional().transform((v) => v ?? '');
export const listKindField = z.enum(LIST_KINDS, 'errors.invalidField');
export const entryIdField = z.uuid('errors.notFound');

/**
 * One writer at a time per list, for the length of the transaction: the "is this name free?" check
 * and the insert cannot interleave with another submission (the tables have no unique index on
 * names, since archived entries may share one).
 */
export async function lockList(tx: Executor, scope: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`complaint_settings:${scope}`}))`);
}

/** Names are unique among the entries still offered, whatever their capitals. */
export async function nameTaken(tx: Executor, kind: ListKind, name: string, exceptId?: string): Promise<boolean> {
  const t = tableOf(kind);
  const [clash] = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.archived, false), sql`lower(${t.name}) = lower(${name})`, exceptId ? ne(t.id, exceptId) : undefined))
    .limit(1);
  return clash !== undefined;
}

export async function assertNameFree(tx: Executor, kind: ListKind, name: string, exceptId?: string): Promise<void> {
  if (await nameTaken(tx, kind, name, exceptId)) throw new Invalid({ name: ['complaintSettings.errors.nameTaken'] });
}

export async function findEntry(tx: Executor, kind: ListKind, id: string) {
  const t = tableOf(kind);
  const [row] = await tx.select().from(t).where(eq(t.id, id)).limit(1);
  if (!row) throw new NotFound();
  return row;
}

export async function nextPosition(tx: Executor, kind: ListKind): Promise<number> {
  const t = tableOf(kind);
  const [row] = await tx.select({ last: max(t.position) }).from(t);
  return row?.last == null ? 0 : row.last + 1;
}

/** The list in the order managers and members see it. */
export function orderedEntries(tx: Executor, kind: ListKind) {
  const t = tableOf(kind);
  return tx.select().from(t).orderBy(asc(t.position), asc(t.name), asc(t.id));
}
