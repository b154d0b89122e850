import { ilike, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/** A person found the way staff look for one: part of the name (accents aside), the e-mail or the membership number. */
export function personMatches(u: { displayName: AnyPgColumn; email: AnyPgColumn; membershipNumber: AnyPgColumn }, q: string): SQL {
  const like = containsPattern(q);
  return or(sql`unaccent(${u.displayName}) ilike unaccent(${like})`, ilike(u.email, like), ilike(u.membershipNumber, like))!;
}
