/**
 * Keyset cursors: the sort key of the last row shown, opaque in the URL. Timestamps travel as
 * PostgreSQL wrote them (microseconds), so no row is skipped or repeated between pages.
 */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A tampered or stale cursor is no cursor: the list starts from the top. */
export function decodeCursor<T extends readonly unknown[]>(raw: string | undefined | null, valid: (values: unknown[]) => values is unknown[] & T): T | null {
  if (!raw) return null;
  try {
    const values = JSON.parse(Buffer.from(raw, 'base64url').toString()) as unknown;
    return Array.isArray(values) && valid(values) ? values : null;
  } catch {
    return null;
  }
}

export const isTimestamp = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/**
 * One page from `size + 1` rows fetched: the extra row only says there is a next page, whose cursor
 * is the sort key of the last row shown.
 */
export function keysetPage<T>(rows: T[], size: number, keyOf: (row: T) => readonly (string | number | null)[]): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > size && last ? encodeCursor(keyOf(last)) : null };
}
