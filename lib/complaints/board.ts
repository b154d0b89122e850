import { and, asc, desc, eq, exists, isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { complaintBranches, complaintCategories, complaintFollowers, complaints } from '@/db/schema';
import { cached } from '@/lib/cache';
import type { Actor } from '@/lib/policy';
import { urlFilter } from '@/lib/validation/fields';
import { decodeCursor, isTimestamp, isUuid, keysetPage } from '@/lib/pagination/cursor';
import { STATUSES, type Status } from './lifecycle';
import { type WaitingLine, waitingLine } from './sla';

export const BOARD_PAGE = 20;
export const BOARD_SORTS = ['newest', 'me_too', 'waiting'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** What the board's URL may say; anything else is ignored rather than refused. */
export const boardFilters = z.object({
  status: urlFilter(z.enum(STATUSES)),
  category: urlFilter(z.uuid()),
  branch: urlFilter(z.uuid()),
  waiting: urlFilter(z.literal('1')),
  mine: urlFilter(z.literal('1')),
  followed: urlFilter(z.literal('1')),
  sort: z.enum(BOARD_SORTS).catch('newest').default('newest'),
  after: urlFilter(z.string().max(200)),
});

export type BoardFilters = z.infer<typeof boardFilters>;

export interface BoardCard {
  id: string;
  number: number;
  title: string;
  status: Status;
  closeReason: string | null;
  categoryName: string;
  categoryNameEn: string;
  branchName: string;
  branchNameEn: string;
  createdAt: Date;
  /** Who has the ball and since when, or how long it took. */
  waiting: WaitingLine;
  answered: boolean;
  meTooCount: number;
  commentCount: number;
}

const SORT_KEY = {
  newest: sql`${complaints.createdAt}`,
  me_too: sql`${complaints.meTooCount}`,
  waiting: sql`${complaints.waitingSince}`,
};

function keysetAfter(sort: BoardSort, raw: string | undefined): SQL | undefined {
  const cursor = decodeCursor<[string | number, string]>(raw, (v): v is [string | number, string] => v.length === 2 && (isTimestamp(v[0]) || Number.isInteger(v[0])) && isUuid(v[1]));
  if (!cursor) return undefined;
  const [key, id] = cursor;
  if (sort === 'me_too') return typeof key === 'number' ? sql`(${complaints.meTooCount}, ${complaints.id}) < (${key}, ${id}::uuid)` : undefined;
  if (typeof key !== 'string') return undefined;
  // Longest waiting first: the oldest clock, ascending.
  if (sort === 'waiting') return sql`(${complaints.waitingSince}, ${complaints.id}) > (${key}::timestamptz, ${id}::uuid)`;
  return sql`(${complaints.createdAt}, ${complaints.id}) < (${key}::timestamptz, ${id}::uuid)`;
}

/**
 * One page of the public board in one query: filters by status, category, branch, waiting for the
 * company, mine and followed; sorted newest, most "me too" or longest waiting; keyset pages.
 * Visitors (no actor) simply cannot use "mine" and "followed".
 */
export async function listBoard(actor: Actor | null, filters: BoardFilters): Promise<{ cards: BoardCard[]; nextCursor: string | null }> {
  // "Mine" and "followed" are the reader's own; every other page of the board is the same for everyone.
  if (filters.mine || filters.followed) return readBoard(actor, filters);
  const key = JSON.stringify([filters.status, filters.category, filters.branch, filters.waiting, filters.sort, filters.after]);
  return cached(`board:${key}`, ['board', 'options'], () => readBoard(null, filters));
}

async function readBoard(actor: Actor | null, filters: BoardFilters): Promise<{ cards: BoardCard[]; nextCursor: string | null }> {
  const sort = filters.sort;
  const waiting = filters.waiting === '1' || sort === 'waiting';
  const rows = await getDb()
    .select({
      id: complaints.id,
      number: complaints.number,
      title: complaints.title,
      status: complaints.status,
      closeReason: complaints.closeReason,
      categoryName: complaintCategories.name,
      categoryNameEn: complaintCategories.nameEn,
      branchName: complaintBranches.name,
      branchNameEn: complaintBranches.nameEn,
      createdAt: complaints.createdAt,
      firstResponseAt: complaints.firstResponseAt,
      lastStaffUpdateAt: complaints.lastStaffUpdateAt,
      solutionProposedAt: complaints.solutionProposedAt,
      resolvedAt: complaints.resolvedAt,
      closedAt: complaints.closedAt,
      answered: sql<boolean>`${complaints.firstResponseAt} is not null`,
      meTooCount: complaints.meTooCount,
      commentCount: complaints.commentCount,
      sortKey: sort === 'me_too' ? sql<number>`${complaints.meTooCount}` : sql<string>`${SORT_KEY[sort]}::text`,
    })
    .from(complaints)
    .innerJoin(complaintCategories, eq(complaintCategories.id, complaints.categoryId))
    .innerJoin(complaintBranches, eq(complaintBranches.id, complaints.branchId))
    .where(
      and(
        filters.status ? eq(complaints.status, filters.status) : undefined,
        filters.category ? eq(complaints.categoryId, filters.category) : undefined,
        filters.branch ? eq(complaints.branchId, filters.branch) : undefined,
        waiting ? isNotNull(complaints.waitingSince) : undefined,
        filters.mine && actor ? eq(complaints.authorId, actor.id) : filters.mine ? sql`false` : undefined,
        filters.followed && actor
          ? exists(getDb().select({ one: sql`1` }).from(complaintFollowers).where(and(eq(complaintFollowers.complaintId, complaints.id), eq(complaintFollowers.userId, actor.id))))
          : filters.followed
            ? sql`false`
            : undefined,
        keysetAfter(sort, filters.after),
      ),
    )
    .orderBy(...(sort === 'waiting' ? [asc(complaints.waitingSince), asc(complaints.id)] : [desc(SORT_KEY[sort]), desc(complaints.id)]))
    .limit(BOARD_PAGE + 1);
  const { page, nextCursor } = keysetPage(rows, BOARD_PAGE, (last) => [last.sortKey, last.id]);
  return {
    cards: page.map(({ sortKey: _, firstResponseAt, lastStaffUpdateAt, solutionProposedAt, resolvedAt, closedAt, ...card }) => ({
      ...card,
      waiting: waitingLine({ ...card, firstResponseAt, lastStaffUpdateAt, solutionProposedAt, resolvedAt, closedAt }),
    })),
    nextCursor,
  };
}
