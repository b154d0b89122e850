import { and, asc, desc, eq, exists, isNull, type SQL, sql } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { groupMembers, groups, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden, NotFound } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';
import { personMatches } from './match';

export const MEMBERS_PAGE = 25;
export const MEMBER_SORTS = ['name', 'newest', 'lastSeen'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
const ROLES = ['member', 'staff', 'manager'] as const;
const STATUSES = ['active', 'silenced', 'suspended', 'banned'] as const;

export interface MemberFilters {
  q?: string;
  role?: string;
  status?: string;
  group?: string;
  sort?: string;
  page?: string;
}

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined => list.find((x) => x === v);

// Spanish order, accents aside: Álvaro before Beatriz, Ángela next to Ana (lower + unaccent, the
// same key in PGlite and PostgreSQL, where an ICU collation may be missing). The id breaks ties so
// pages never repeat or skip a row.
const byName = sql`unaccent(lower(${users.displayName}))`;
const ORDER: Record<MemberSort, SQL[]> = {
  name: [asc(byName), asc(users.id)],
  newest: [desc(users.createdAt), asc(users.id)],
  lastSeen: [sql`${users.lastSeenAt} desc nulls last`, asc(byName), asc(users.id)],
};

const MEMBER_COLUMNS = {
  id: users.id,
  displayName: users.displayName,
  email: users.email,
  role: users.role,
  staffTitle: users.staffTitle,
  status: users.status,
  statusUntil: users.statusUntil,
  statusReason: users.statusReason,
  membershipNumber: users.membershipNumber,
  createdAt: users.createdAt,
  lastSeenAt: users.lastSeenAt,
};

/** The filters as SQL; a value that is not one of the choices is simply not applied. */
function conditions(f: MemberFilters): SQL | undefined {
  const q = f.q?.trim().slice(0, 100);
  const role = oneOf(ROLES, f.role);
  const status = oneOf(STATUSES, f.status);
  return and(
    // An erased account (lib/privacy/erase.ts) is nobody to manage: its row only keeps others' threads whole.
    isNull(users.erasedAt),
    q ? personMatches(users, q) : undefined,
    role ? eq(users.role, role) : undefined,
    status ? eq(users.status, status) : undefined,
    isUuid(f.group) ? exists(getDb().select({ one: sql`1` }).from(groupMembers).where(and(eq(groupMembers.userId, users.id), eq(groupMembers.groupId, f.group)))) : undefined,
  );
}

/**
 * The member directory for managers and staff, a page at a time (offset pages: the directory is
 * read a page or two deep, and a count tells how many match). E-mails are shown only to staff and managers.
 */
export async function listMembers(actor: Actor, filters: MemberFilters = {}) {
  if (!can(actor, 'list:members')) throw new Forbidden();
  const sort = oneOf(MEMBER_SORTS, filters.sort) ?? 'name';
  const where = conditions(filters);
  const db = getDb();
  const [{ total }] = (await db.select({ total: sql<number>`count(*)::int` }).from(users).where(where)) as [{ total: number }];
  const pages = Math.max(1, Math.ceil(total / MEMBERS_PAGE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(filters.page ?? '1', 10) || 1));
  const members = await db
    .select(MEMBER_COLUMNS)
    .from(users)
    .where(where)
    .orderBy(...ORDER[sort])
    .limit(MEMBERS_PAGE)
    .offset((page - 1) * MEMBERS_PAGE);
  return { members, total, page, pages, sort };
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>['members'][number];

/** One member, for the management panel opened from the directory (wherever they are in its pages). */
export async function findMember(actor: Actor, id: string | undefined): Promise<MemberRow | null> {
  if (!can(actor, 'list:members')) throw new Forbidden();
  if (!isUuid(id)) return null;
  const [row] = await getDb().select(MEMBER_COLUMNS).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** The groups the directory can be narrowed to, by name. */
export async function memberGroupOptions(actor: Actor) {
  if (!can(actor, 'list:members')) throw new Forbidden();
  return getDb().select({ id: groups.id, name: groups.name }).from(groups).orderBy(asc(sql`unaccent(lower(${groups.name}))`));
}

/** The account a verb changes (its role, its standing), locked for the rest of the verb's transaction. */
export async function lockAccount(db: Executor, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).for('update').limit(1);
  if (!user) throw new NotFound();
  return user;
}
