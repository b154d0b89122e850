import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaintEvents, complaints, users } from '@/db/schema';
import { Forbidden } from '@/lib/errors';
import { type Actor, can } from '@/lib/policy';
import type { Visibility } from './apply';

export const FEED_PAGE = 100;

/**
 * Complaint events after an event id, oldest first: what a CRM polling the API has not seen yet.
 * Staff only (the complaint inbox's permission); the private and internal entries only when asked for.
 */
export async function complaintEventsSince(actor: Actor, afterId: number, opts: { limit?: number; withPrivate?: boolean } = {}) {
  if (!can(actor, 'view:complaint_inbox')) throw new Forbidden();
  const visible: Visibility[] = opts.withPrivate ? ['public', 'private', 'internal'] : ['public'];
  const limit = Math.min(FEED_PAGE, Math.max(1, opts.limit ?? FEED_PAGE));
  const rows = await getDb()
    .select({
      id: complaintEvents.id,
      complaintId: complaintEvents.complaintId,
      complaintNumber: complaints.number,
      kind: complaintEvents.kind,
      visibility: complaintEvents.visibility,
      actorName: users.displayName,
      bodyHtml: complaintEvents.bodyHtml,
      hiddenReason: complaintEvents.hiddenReason,
      fromStatus: complaintEvents.fromStatus,
      toStatus: complaintEvents.toStatus,
      createdAt: complaintEvents.createdAt,
    })
    .from(complaintEvents)
    .innerJoin(complaints, eq(complaints.id, complaintEvents.complaintId))
    .leftJoin(users, eq(users.id, complaintEvents.actorId))
    .where(and(gt(complaintEvents.id, afterId), inArray(complaintEvents.visibility, visible)))
    .orderBy(asc(complaintEvents.id))
    .limit(limit);
  return rows.map(({ hiddenReason, bodyHtml, ...e }) => ({ ...e, hidden: hiddenReason, bodyHtml: hiddenReason ? null : bodyHtml }));
}

/** The id of the complaint with this number, for callers that name complaints by number (the REST API). */
export async function complaintIdOf(number: number): Promise<string | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const [row] = await getDb().select({ id: complaints.id }).from(complaints).where(eq(complaints.number, number)).limit(1);
  return row?.id ?? null;
}
