import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '@/db/client';

/**
 * Where an erased person's name, address or membership number can still be written once their own
 * rows are dealt with: every text (and JSON) column of every table, but for
 * - `users`: the person's own row is rewritten by the erasure; another member who shares the name keeps it;
 * - `audit_log`: append-only by law of the product (a trigger refuses updates); it holds ids, and keeps them;
 * - `blocked_records`: the blocked store, which must keep what it blocked;
 * - `mail_outbox.sealed_values`: ciphertext.
 * The scan in tests/integration/privacy reads the same list, so a new table is covered the day it lands.
 */
export const SCRUB_EXCLUDED_TABLES = ['users', 'audit_log', 'blocked_records'] as const;
const EXCLUDED_COLUMNS = new Set(['mail_outbox.sealed_values']);

export interface TextColumn {
  table: string;
  column: string;
  json: boolean;
}

export async function textColumns(db: Executor): Promise<TextColumn[]> {
  const result = (await db.execute(sql`
    select c.table_name as "table", c.column_name as "column", c.data_type = 'jsonb' as json
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = current_schema()
      and c.data_type in ('text', 'character varying', 'jsonb')
      and c.is_generated = 'NEVER'
    order by c.table_name, c.ordinal_position`)) as unknown as { rows: TextColumn[] };
  return result.rows.filter((c) => !(SCRUB_EXCLUDED_TABLES as readonly string[]).includes(c.table) && !EXCLUDED_COLUMNS.has(`${c.table}.${c.column}`));
}

const escapeRegex = (s: string) => s.replace(/[.^$*+?()[\]{}|\\-]/g, '\\$&');

/** One case-insensitive pattern for all of them, as whole words (so "Ana" is not found inside "Banana"). */
export function needlePattern(needles: (string | null | undefined)[]): string | null {
  const words = [...new Set(needles.map((n) => n?.trim() ?? '').filter((n) => n.length >= 3))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return `(?<![[:alnum:]_])(?:${words.map(escapeRegex).join('|')})(?![[:alnum:]_])`;
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** Replaces every occurrence with `replacement`, in one statement per table that holds any. */
export async function scrubEverywhere(tx: Tx, needles: (string | null | undefined)[], replacement: string): Promise<void> {
  const pattern = needlePattern(needles);
  if (!pattern) return;
  const safe = replacement.replace(/\\/g, '\\\\');
  const byTable = new Map<string, TextColumn[]>();
  for (const c of await textColumns(tx)) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const [table, columns] of byTable) {
    const value = (c: TextColumn) => (c.json ? sql`${ident(c.column)}::text` : ident(c.column));
    const sets = columns.map((c) => {
      const replaced = sql`regexp_replace(${value(c)}, ${pattern}, ${safe}, 'gi')`;
      return sql`${ident(c.column)} = case when ${value(c)} ~* ${pattern} then ${c.json ? sql`${replaced}::jsonb` : replaced} else ${ident(c.column)} end`;
    });
    const where = columns.map((c) => sql`${value(c)} ~* ${pattern}`);
    await tx.execute(sql`update ${ident(table)} set ${sql.join(sets, sql`, `)} where ${sql.join(where, sql` or `)}`);
  }
}
