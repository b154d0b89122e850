import { and, asc, eq, inArray, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { complaintBranches, complaintCategories, complaints, staffTeamMembers, staffTeams, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { urlFilter } from '@/lib/validation/fields';
import { decodeCursor, isTimestamp, isUuid, keysetPage } from '@/lib/pagination/cursor';
import type { Status } from './lifecycle';
import { PRIORITIES, type Priority } from './sla';

export const INBOX_PAGE = 30;
const LIVE_STATUSES = ['open', 'acknowledged', 'in_progress', 'solution_proposed'] as const;

export const inboxFilters = z.object({
  assigned: z.enum(['all', 'unassigned', 'mine']).catch('all').default('all'),
  breached: urlFilter(z.literal('1')),
  priority: urlFilter(z.enum(PRIORITIES)),
  category: urlFilter(z.uuid()),
  branch: urlFilter(z.uuid()),
  status: urlFilter(z.enum(LIVE_STATUSES)),
  after: urlFilter(z.string().max(200)),
});

export type InboxFilters = z.infer<typeof inboxFilters>;

export interface InboxRow {
  id: string;
  number: number;
  title: string;
  status: Status;
  priority: Priority;
  categoryName: string;
  categoryNameEn: string;
  branchName: string;
  branchNameEn: string;
  createdAt: Date;
  waitingSince: Date | null;
  nextDueAt: Date | null;
  resolutionDueAt: Date | null;
  breachedAt: Date | null;
  assigneeName: string | null;
  teamName: string | null;
  meTooCount: number;
  incidentId: string | null;
}

const assignee = alias(users, 'inbox_assignee');

// Nothing due sorts last; the cursor carries the due time as text, or null for those.
const dueKey = sql`coalesce(${complaints.nextDueAt}, 'infinity'::timestamptz)`;

function keysetAfter(raw: string | undefined): SQL | undefined {
  const cursor = decodeCursor<[string, string]>(raw, (v): v is [string, string] => v.length === 2 && (isTimestamp(v[0]) || v[0] === 'infinity') && isUuid(v[1]));
  return cursor ? sql`(${dueKey}, ${complaints.id}) > (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : undefined;
}

/**
 * The staff inbox: live complaints, the most urgent clock first, one query per page. "Mine" is what
 * is assigned to me or to one of my teams; "breached" is a clock already run out.
 */
export async function listInbox(actor: Actor, filters: InboxFilters, now = new Date()): Promise<{ rows: InboxRow[]; nextCursor: string | null }> {
  if (!can(actor, 'view:complaint_inbox')) throw new Forbidden();
  const myTeams = getDb().select({ id: staffTeamMembers.teamId }).from(staffTeamMembers).where(eq(staffTeamMembers.userId, actor.id));
  const rows = await getDb()
    .select({
      id: complaints.id,
      number: complaints.number,
      title: complaints.title,
      status: complaints.status,
      priority: complaints.priority,
      categoryName: complaintCategories.name,
      categoryNameEn: complaintCategories.nameEn,
      branchName: complaintBranches.name,
      branchNameEn: complaintBranches.nameEn,
      createdAt: complaints.createdAt,
      waitingSince: complaints.waitingSince,
      nextDueAt: complaints.nextDueAt,
      resolutionDueAt: complaints.resolutionDueAt,
      breachedAt: complaints.breachedAt,
      assigneeName: assignee.displayName,
      teamName: staffTeams.name,
      meTooCount: complaints.meTooCount,
      incidentId: complaints.incidentId,
      dueKey: sql<string>`${dueKey}::text`,
    })
    .from(complaints)
    .innerJoin(complaintCategories, eq(complaintCategories.id, complaints.categoryId))
    .innerJoin(complaintBranches, eq(complaintBranches.id, complaints.branchId))
    .leftJoin(assignee, eq(assignee.id, complaints.assigneeId))
    .leftJoin(staffTeams, eq(staffTeams.id, complaints.assigneeTeamId))
    .where(
      and(
        notInArray(complaints.status, ['resolved', 'closed']),
        filters.status ? eq(complaints.status, filters.status) : undefined,
        filters.priority ? eq(complaints.priority, filters.priority) : undefined,
        filters.category ? eq(complaints.categoryId, filters.category) : undefined,
        filters.branch ? eq(complaints.branchId, filters.branch) : undefined,
        filters.assigned === 'unassigned' ? and(isNull(complaints.assigneeId), isNull(complaints.assigneeTeamId)) : undefined,
        filters.assigned === 'mine' ? or(eq(complaints.assigneeId, actor.id), inArray(complaints.assigneeTeamId, myTeams)) : undefined,
        filters.breached ? or(lte(complaints.nextDueAt, now), lte(complaints.resolutionDueAt, now)) : undefined,
        keysetAfter(filters.after),
      ),
    )
    .orderBy(asc(dueKey), asc(complaints.id))
    .limit(INBOX_PAGE + 1);
  const { page, nextCursor } = keysetPage(rows, INBOX_PAGE, (last) => [last.dueKey, last.id]);
  return { rows: page.map(({ dueKey: _, ...row }) => row), nextCursor };
}

/** People and teams a complaint can be assigned to. */
export async function assignees(actor: Actor) {
  if (!can(actor, 'view:complaint_inbox')) throw new Forbidden();
  const [people, teams] = await Promise.all([
    getDb()
      .select({ id: users.id, name: users.displayName, title: users.staffTitle })
      .from(users)
      .where(and(inArray(users.role, ['staff', 'manager']), eq(users.status, 'active')))
      .orderBy(asc(users.displayName)),
    getDb().select({ id: staffTeams.id, name: staffTeams.name }).from(staffTeams).where(eq(staffTeams.archived, false)).orderBy(asc(staffTeams.position), asc(staffTeams.name)),
  ]);
  return { people, teams };
}
