import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { complaintFollowers, staffTeamMembers, users } from '@/db/schema';
import type { NewNotification } from '@/lib/notifications/write';
import type { ComplaintRow, EventRow } from './apply';

type Kind = NewNotification['kind'];

// What followers hear about; the author follows their own complaint from the start.
const FOR_FOLLOWERS: Partial<Record<EventRow['kind'], Kind>> = {
  official_reply: 'complaint_reply',
  progress_update: 'complaint_progress',
  solution_proposed: 'complaint_status',
  status_changed: 'complaint_status',
  closed: 'complaint_status',
  reopened: 'complaint_status',
  solution_accepted: 'complaint_status',
  solution_rejected: 'complaint_status',
  incident_update: 'complaint_incident_update',
};

async function followersOf(tx: Tx, complaintId: string): Promise<string[]> {
  const rows = await tx.select({ id: complaintFollowers.userId }).from(complaintFollowers).where(eq(complaintFollowers.complaintId, complaintId));
  return rows.map((r) => r.id);
}

/** Everyone who answers for the company, or one team of them. */
export async function staffIds(tx: Tx, teamId?: string | null): Promise<string[]> {
  const rows = teamId
    ? await tx.select({ id: staffTeamMembers.userId }).from(staffTeamMembers).where(eq(staffTeamMembers.teamId, teamId))
    : await tx.select({ id: users.id }).from(users).where(and(inArray(users.role, ['staff', 'manager']), eq(users.status, 'active')));
  return rows.map((r) => r.id);
}

/** Whoever handles the complaint now: the assignee, else the assigned team, else all staff. */
export async function handlersOf(tx: Tx, c: ComplaintRow): Promise<string[]> {
  if (c.assigneeId) return [c.assigneeId];
  return staffIds(tx, c.assigneeTeamId);
}

/**
 * The notifications one event causes, for the verb to write in its transaction. The actor is never
 * told about their own action (writeNotifications drops them).
 */
export async function noticesOf(tx: Tx, c: ComplaintRow, event: EventRow): Promise<NewNotification[]> {
  const about = { actorId: event.actorId, complaintId: c.id, complaintEventId: event.id };
  const rows: NewNotification[] = [];
  const forFollowers = event.visibility === 'public' ? FOR_FOLLOWERS[event.kind] : undefined;
  // The author is the one who must confirm a solution, and who is asked how it went: one notice that says so.
  const finished = event.toStatus === 'resolved' || event.toStatus === 'closed';
  // Whatever proposed it (a reply or an incident update that resolves): the author is asked to confirm.
  const authorKind: Kind | null = event.toStatus === 'solution_proposed' ? 'complaint_solution' : finished ? 'complaint_rating_request' : null;
  if (authorKind) rows.push({ ...about, userId: c.authorId, kind: authorKind });
  if (forFollowers) for (const userId of await followersOf(tx, c.id)) if (!(authorKind && userId === c.authorId)) rows.push({ ...about, userId, kind: forFollowers });
  if (event.kind === 'private_message') {
    const to = event.actorId === c.authorId ? await handlersOf(tx, c) : [c.authorId];
    for (const userId of to) rows.push({ ...about, userId, kind: event.actorId === c.authorId ? 'complaint_status' : 'complaint_reply' });
  }
  if (event.kind === 'created') for (const userId of await staffIds(tx)) rows.push({ ...about, userId, kind: 'complaint_new' });
  // Unassigning tells nobody: handlersOf would otherwise fall back to every member of staff.
  if (event.kind === 'assigned' && (c.assigneeId || c.assigneeTeamId)) for (const userId of await handlersOf(tx, c)) rows.push({ ...about, userId, kind: 'complaint_assigned' });
  // A member's answer to a solution goes to whoever handles the case.
  if (event.kind === 'solution_accepted' || event.kind === 'solution_rejected') for (const userId of await handlersOf(tx, c)) rows.push({ ...about, userId, kind: 'complaint_status' });
  return rows;
}
