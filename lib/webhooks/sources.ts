import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { complaintEvents, complaints } from '@/db/schema';
import { getEnv } from '@/lib/env';
import { queueWebhook, type WebhookEvent } from './events';

type Complaint = typeof complaints.$inferSelect;
type ComplaintEvent = typeof complaintEvents.$inferSelect;

// The event facts a receiver may read: what a rating said, which clock ran out. Never a private body.
const DATA_KINDS = new Set<ComplaintEvent['kind']>(['rated', 'sla_breached', 'closed']);

const KIND_EVENT: Partial<Record<ComplaintEvent['kind'], WebhookEvent>> = {
  created: 'complaint.filed',
  solution_accepted: 'complaint.solution_accepted',
  solution_rejected: 'complaint.solution_rejected',
  rated: 'complaint.rated',
  sla_breached: 'complaint.sla_breached',
};

/** What each webhook says about a complaint: its public face and the event, never the private case or notes. */
function complaintPayload(c: Pick<Complaint, 'id' | 'number' | 'title' | 'status' | 'priority'>, e: ComplaintEvent) {
  return {
    complaint: { id: c.id, number: c.number, title: c.title, status: c.status, priority: c.priority, url: `${getEnv().APP_URL}/board/${c.number}` },
    event: { id: e.id, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, at: e.createdAt.toISOString(), ...(DATA_KINDS.has(e.kind) && e.data ? { data: e.data } : {}) },
  };
}

/**
 * Called by lib/complaints/apply.ts for every timeline row it writes, the one path all complaint
 * changes take (verbs, incidents, the SLA sweep, auto-resolve): which webhooks the row means.
 */
export async function queueComplaintWebhooks(tx: Tx, complaint: Pick<Complaint, 'id' | 'number' | 'title' | 'status' | 'priority'> | null, event: ComplaintEvent): Promise<void> {
  const types: WebhookEvent[] = [];
  const byKind = KIND_EVENT[event.kind];
  if (byKind) types.push(byKind);
  if (event.kind === 'official_reply' && event.visibility === 'public') types.push('complaint.answered');
  if (event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus) types.push('complaint.status_changed');
  if (types.length === 0) return;
  const c = complaint ?? (await tx.select().from(complaints).where(eq(complaints.id, event.complaintId)))[0];
  if (!c) return;
  for (const type of types) await queueWebhook(tx, type, complaintPayload(c, event), event.createdAt);
}

/** A new account, from every way in (lib/members/create-account.ts). */
export const queueMemberJoined = (tx: Tx, member: { id: string; displayName: string; email: string; role: string }, at = new Date()) =>
  queueWebhook(tx, 'member.joined', { member: { id: member.id, displayName: member.displayName, email: member.email, role: member.role, joinedAt: at.toISOString() } }, at);

/** A suspension or a ban (lib/moderation/sanction.ts). */
export const queueMemberSuspended = (tx: Tx, member: { id: string }, sanction: { id: string; kind: string; endsAt: Date | null }, at = new Date()) =>
  queueWebhook(tx, 'member.suspended', { member: { id: member.id }, sanction: { id: sanction.id, kind: sanction.kind, endsAt: sanction.endsAt?.toISOString() ?? null } }, at);

/** A member's first report of a piece of content (lib/moderation/report.ts); the reporter is not named. */
export const queueContentReported = (tx: Tx, report: { id: string; targetType: string; targetId: string; reason: string }, at = new Date()) =>
  queueWebhook(tx, 'post.reported', { report: { id: report.id, reason: report.reason }, target: { type: report.targetType, id: report.targetId } }, at);
