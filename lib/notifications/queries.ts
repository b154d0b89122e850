import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, getDb } from '@/db/client';
import { unlockToken } from '@/lib/auth/lockout';
import { isUuid } from '@/lib/pagination/cursor';
import { announcements, complaints, digestItems, groupInvitations, groupMembers, groups, moderationActions, notifications, posts, sanctions, threads, users } from '@/db/schema';
import { hasRole, isActive, type Actor } from '@/lib/policy';

export const PAGE_SIZE = 30;

export type NotificationKind = (typeof notifications.$inferSelect)['kind'];

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  read: boolean;
  actorName: string | null;
  groupName: string | null;
  /**
   * A thread title or an announcement title: only ever present when the member may read it now (never
   * for hidden content). For moderation notices, the reason, decision or sanction kind as a key.
   */
  subject: string | null;
  href: string;
}

const who = alias(users, 'notification_actor');

const itemFields = {
  id: notifications.id,
  kind: notifications.kind,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
  actorId: who.id,
  actorName: who.displayName,
  groupSlug: groups.slug,
  groupName: groups.name,
  threadId: threads.id,
  threadTitle: threads.title,
  threadHidden: threads.hiddenReason,
  moderationActionId: notifications.moderationActionId,
  moderationReason: moderationActions.reason,
  moderationAction: moderationActions.action,
  sanctionId: notifications.sanctionId,
  sanctionKind: sanctions.kind,
  postId: notifications.postId,
  announcementId: announcements.id,
  announcementTitle: announcements.title,
  complaintNumber: complaints.number,
  complaintTitle: complaints.title,
  complaintEventId: notifications.complaintEventId,
};

const STAFF_KINDS = sql.raw(`'complaint_new', 'complaint_assigned', 'complaint_sla_warning', 'complaint_sla_breached', 'review_item', 'follow_up_assigned', 'follow_up_breached', 'privacy_request_overdue'`);

/**
 * The notifications of one member that are about something they may still see, as SQL, so that a page
 * of 30 is 30 visible rows and nothing else ever leaves the database. Mirrors canInGroup
 * (lib/policy/groups.ts): staff read everything; open groups are read by all, by-request and private ones
 * by their members; a private group is not even known to others, except by the person invited to it.
 * The group and thread come from the post when the writer only named the post.
 */
function visibleTo(actor: Actor, extra: SQL | undefined, db: Executor = getDb()) {
  const staff = hasRole(actor, 'staff');
  const member = sql`${groupMembers.userId} is not null`;
  const invited = sql`(${notifications.kind} = 'group_invitation' and exists (select 1 from ${groupInvitations} where ${groupInvitations.groupId} = ${groups.id} and ${groupInvitations.userId} = ${actor.id}))`;
  const knows = staff ? sql`true` : sql`(${groups.visibility} <> 'private' or ${member} or ${invited})`;
  const reads = staff ? sql`true` : sql`(${groups.visibility} = 'open' or ${member})`;
  return db
    .select(itemFields)
    .from(notifications)
    .leftJoin(posts, eq(posts.id, notifications.postId))
    .leftJoin(threads, eq(threads.id, sql`coalesce(${notifications.threadId}, ${posts.threadId})`))
    .leftJoin(groups, eq(groups.id, sql`coalesce(${notifications.groupId}, ${threads.groupId})`))
    .leftJoin(groupMembers, and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, actor.id)))
    .leftJoin(announcements, eq(announcements.id, notifications.announcementId))
    .leftJoin(complaints, eq(complaints.id, notifications.complaintId))
    .leftJoin(who, eq(who.id, notifications.actorId))
    .leftJoin(moderationActions, eq(moderationActions.id, notifications.moderationActionId))
    .leftJoin(sanctions, eq(sanctions.id, notifications.sanctionId))
    .where(
      and(
        eq(notifications.userId, actor.id),
        // A suspended or banned account sees nothing, as canInGroup answers for it.
        isActive(actor) ? undefined : sql`false`,
        sql`(${notifications.postId} is null or (${posts.deletedAt} is null and ${posts.hiddenReason} is null))`,
        sql`(${groups.id} is null or ${knows})`,
        sql`(${threads.id} is null or ${reads})`,
        // Complaints are public to every member; the staff-side kinds stop once someone is no longer staff.
        staff ? undefined : sql`${notifications.kind} not in (${STAFF_KINDS})`,
        // The crisis radar speaks to managers only, and stops when someone no longer is one.
        actor.role === 'manager' ? undefined : sql`${notifications.kind} not in ('crisis_alert', 'at_risk_high', 'privacy_request_overdue')`,
        // Every kind needs what its link points at; without it there is nothing to open.
        sql`case
              when ${notifications.kind} in ('mention', 'quote', 'reply', 'reaction') then ${threads.id} is not null
              when ${notifications.kind} = 'announcement' then ${announcements.id} is not null
              when ${notifications.kind}::text like 'complaint%' or ${notifications.kind} = 'crisis_alert' then ${complaints.id} is not null
              when ${notifications.kind}::text like 'complaint%' then ${complaints.id} is not null
              when ${notifications.kind} in ('content_hidden', 'content_restored', 'report_outcome') then ${moderationActions.id} is not null
              -- An appeal is against a decision on content or against a sanction.
              when ${notifications.kind} = 'appeal_decided' then ${moderationActions.id} is not null or ${sanctions.id} is not null
              when ${notifications.kind} in ('sanction', 'sanction_lifted') then ${sanctions.id} is not null
              when ${notifications.kind} in ('review_item', 'sign_in_locked', 'data_export_ready') then true
              when ${notifications.kind} in ('review_item', 'sign_in_locked', 'privacy_request_overdue') then true
              -- Members at risk name the member as the notice's actor; the link is the staff list.
              when ${notifications.kind} in ('at_risk_high', 'follow_up_assigned', 'follow_up_breached') then ${who.id} is not null
              else ${groups.id} is not null
            end`,
        extra,
      ),
    )
    .$dynamic();
}


type Row = Awaited<ReturnType<typeof visibleTo>>[number];

function linkOf(row: Row): string {
  switch (row.kind) {
    case 'mention':
    case 'quote':
    case 'reply':
    case 'reaction':
      return `/groups/${row.groupSlug}/${row.threadId}${row.postId ? `#post-${row.postId}` : ''}`;
    case 'group_join_request':
      return `/groups/${row.groupSlug}/members`;
    case 'group_join_approved':
    case 'group_invitation':
      return `/groups/${row.groupSlug}`;
    case 'announcement':
      return `/#announcement-${row.announcementId}`;
    case 'crisis_alert':
      return '/admin/dashboard#radar';
    case 'appeal_decided':
      return row.sanctionId ? `/moderation#sanction-${row.sanctionId}` : `/moderation/decisions/${row.moderationActionId}`;
    case 'content_hidden':
    case 'content_restored':
    case 'report_outcome':
      return `/moderation/decisions/${row.moderationActionId}`;
    case 'sanction':
    case 'sanction_lifted':
      return `/moderation#sanction-${row.sanctionId}`;
    case 'review_item':
      return '/staff/moderation';
    case 'privacy_request_overdue':
      return '/admin/privacy?filter=overdue';
    case 'sign_in_locked':
      return `/unlock/${unlockToken(row.id)}`;
    case 'data_export_ready':
      return '/settings/privacy#exports';
    case 'at_risk_high':
    case 'follow_up_assigned':
    case 'follow_up_breached':
      return `/staff/at-risk#member-${row.actorId}`;
    default:
      return `/board/${row.complaintNumber}${row.complaintEventId ? `#event-${row.complaintEventId}` : ''}`;
  }
}

function subjectOf(row: Row): string | null {
  switch (row.kind) {
    case 'announcement':
      return row.announcementTitle;
    case 'content_hidden':
    case 'content_restored':
    case 'appeal_decided':
      return row.moderationReason ?? row.moderationAction ?? row.sanctionKind;
    case 'report_outcome':
      return row.moderationAction;
    case 'sanction':
    case 'sanction_lifted':
      return row.sanctionKind;
    default:
      if (row.complaintNumber !== null) return `#${row.complaintNumber} ${row.complaintTitle}`;
      return row.threadHidden ? null : row.threadTitle;
  }
}

function toItem(row: Row): NotificationItem {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt,
    read: row.readAt !== null,
    actorName: row.actorName,
    groupName: row.groupName,
    subject: subjectOf(row),
    href: linkOf(row),
  };
}


/** The bell: unread and still visible, driven by the partial unread index. */
export async function unreadCount(actor: Actor, db: Executor = getDb()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(visibleTo(actor, isNull(notifications.readAt), db).as('unread'));
  return row?.n ?? 0;
}

/**
 * Newest first, 30 at a time. The cursor is the id of the last item shown; its exact timestamp is read
 * back in SQL, so no precision is lost between pages and equal timestamps are ordered by id.
 */
export async function listNotifications(actor: Actor, cursor?: string | null): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  const after =
    cursor && isUuid(cursor)
      ? sql`(${notifications.createdAt}, ${notifications.id}) < (select c.created_at, c.id from ${notifications} c where c.id = ${cursor} and c.user_id = ${actor.id})`
      : undefined;
  const rows = await visibleTo(actor, after)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE).map((row) => toItem(row));
  return { items, nextCursor: rows.length > PAGE_SIZE ? items[items.length - 1]!.id : null };
}

/** Where one of the member's own notifications leads, or null when it is not theirs or no longer visible. */
export async function notificationTarget(actor: Actor, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row] = await visibleTo(actor, eq(notifications.id, id)).limit(1);
  return row ? linkOf(row) : null;
}

/** One notification as its person would see it now; null when they no longer may, so it is never e-mailed. */
export async function notificationFor(actor: Actor, id: string): Promise<NotificationItem | null> {
  const [row] = await visibleTo(actor, eq(notifications.id, id)).limit(1);
  return row ? toItem(row) : null;
}

/** The lines of one daily digest that are still visible and unread, oldest first. */
export async function digestNotifications(actor: Actor, outboxId: string): Promise<NotificationItem[]> {
  const inDigest = getDb().select({ id: digestItems.notificationId }).from(digestItems).where(eq(digestItems.outboxId, outboxId));
  const rows = await visibleTo(actor, and(inArray(notifications.id, inDigest), isNull(notifications.readAt))).orderBy(asc(notifications.createdAt), asc(notifications.id));
  return rows.map((row) => toItem(row));
}
