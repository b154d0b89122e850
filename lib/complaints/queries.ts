import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import {
  complaintBranches,
  complaintCategories,
  complaintEvents,
  complaintFollowers,
  complaintMeToo,
  complaintPhotos,
  complaintRatings,
  complaints,
  incidents,
  staffTeams,
  users,
} from '@/db/schema';
import { cached } from '@/lib/cache';
import { type Actor, can, hasRole } from '@/lib/policy';
import type { ComplaintFacts } from '@/lib/policy/complaints';
import type { EventKind, Visibility } from './apply';
import { availableActions, type Action, type CloseReason, type Status } from './lifecycle';
import type { Locale } from '@/lib/i18n/config';
import type { HideReason } from '@/lib/policy/moderation';
import { type Priority, type WaitingLine, waitingLine } from './sla';

export const TIMELINE_LIMIT = 300;

export interface TimelineEntry {
  id: number;
  kind: EventKind;
  visibility: Visibility;
  /** Signed: staff always appear with their name and title. Null for the system. */
  actor: { name: string | null; title: string | null; staff: boolean } | null;
  /** Who wrote it, for members and staff (report and moderation menus); never for visitors. */
  actorId: string | null;
  bodyHtml: string | null;
  /** Hidden by moderation: the tombstone shows this reason instead of the text. */
  hidden: HideReason | null;
  fromStatus: Status | null;
  toStatus: Status | null;
  data: Record<string, unknown> | null;
  createdAt: Date;
}

export interface ComplaintView {
  id: string;
  number: number;
  title: string;
  bodyHtml: string;
  /** Null for visitors: a member's name is not for the open internet. */
  authorName: string | null;
  isAuthor: boolean;
  status: Status;
  closeReason: CloseReason | null;
  duplicateOfNumber: number | null;
  category: { id: string; name: string; nameEn: string };
  branch: { id: string; name: string; nameEn: string };
  createdAt: Date;
  waiting: WaitingLine;
  answered: boolean;
  continuedPrivately: boolean;
  meTooCount: number;
  followerCount: number;
  photos: { url: string; width: number; height: number }[];
  timeline: TimelineEntry[];
  incident: { id: string; title: string; type: string; level: number } | null;
  rating: { solved: boolean; rating: number; wouldStay: boolean; comment: string | null } | null;
  viewer: {
    meToo: boolean;
    following: boolean;
    can: Record<ComplaintOffer, boolean>;
    /** Lifecycle moves this viewer may make now, as author or staff. */
    actions: Action[];
  };
  /** Only for staff. */
  staff: {
    priority: Priority;
    assigneeId: string | null;
    assigneeName: string | null;
    teamId: string | null;
    teamName: string | null;
    nextDueAt: Date | null;
    resolutionDueAt: Date | null;
    breachedAt: Date | null;
    reopenCount: number;
    authorName: string;
    /** The language the member reads in, for the template staff answer them with. */
    authorLocale: Locale | null;
  } | null;
}

/** What the complaint page offers a viewer who may see it, by the names the page uses, each as lib/policy decides it. */
function offersTo(actor: Actor | null, facts: ComplaintFacts) {
  return {
    view: true,
    comment: can(actor, 'comment:complaint', facts),
    me_too: can(actor, 'me_too:complaint', facts),
    follow: can(actor, 'follow:complaint', facts),
    view_private: can(actor, 'view_private:complaint', facts),
    private_message: can(actor, 'message_private:complaint', facts),
    view_internal: can(actor, 'view_internal:complaint', facts),
    answer: can(actor, 'answer:complaint', facts),
    manage: can(actor, 'manage:complaint', facts),
    author_decide: can(actor, 'decide:complaint', facts),
    rate: can(actor, 'rate:complaint', facts),
  };
}

export type ComplaintOffer = keyof ReturnType<typeof offersTo>;

const author = alias(users, 'complaint_author');
const assignee = alias(users, 'complaint_assignee');
const duplicate = alias(complaints, 'duplicate_of');

/**
 * A complaint as one viewer may see it, in four queries whatever its size: the complaint, its
 * timeline (only the entries this viewer may see), its photos, and the viewer's own marks.
 */
export async function getComplaintView(actor: Actor | null, number: number, boardPublic: boolean): Promise<ComplaintView | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const db = getDb();
  const [row] = await db
    .select({
      c: complaints,
      authorName: author.displayName,
      authorLocale: author.locale,
      categoryName: complaintCategories.name,
      categoryNameEn: complaintCategories.nameEn,
      branchName: complaintBranches.name,
      branchNameEn: complaintBranches.nameEn,
      assigneeName: assignee.displayName,
      teamName: staffTeams.name,
      duplicateOfNumber: duplicate.number,
      incident: { id: incidents.id, title: incidents.title, type: incidents.type, level: incidents.level },
      rating: { solved: complaintRatings.solved, rating: complaintRatings.rating, wouldStay: complaintRatings.wouldStay, comment: complaintRatings.comment },
    })
    .from(complaints)
    .innerJoin(author, eq(author.id, complaints.authorId))
    .innerJoin(complaintCategories, eq(complaintCategories.id, complaints.categoryId))
    .innerJoin(complaintBranches, eq(complaintBranches.id, complaints.branchId))
    .leftJoin(assignee, eq(assignee.id, complaints.assigneeId))
    .leftJoin(staffTeams, eq(staffTeams.id, complaints.assigneeTeamId))
    .leftJoin(duplicate, eq(duplicate.id, complaints.duplicateOfId))
    .leftJoin(incidents, eq(incidents.id, complaints.incidentId))
    .leftJoin(complaintRatings, eq(complaintRatings.complaintId, complaints.id))
    .where(eq(complaints.number, number))
    .limit(1);
  if (!row) return null;
  const c = row.c;
  const facts: ComplaintFacts = { authorId: c.authorId, status: c.status, resolvedAt: c.resolvedAt, closedAt: c.closedAt, rated: row.rating !== null };
  if (!can(actor, 'view:board', { boardPublic })) return null;
  const offers = offersTo(actor, facts);
  const visible: Visibility[] = ['public', ...(offers.view_private ? (['private'] as const) : []), ...(offers.view_internal ? (['internal'] as const) : [])];

  // The timeline and photos are the same for everyone with the same visibility (this reader's audience
  // class, decided above); kept until the complaint's events or photos change, or a name does.
  const tags = [`complaint:${c.id}`, 'people'];
  const [events, photos, mine] = await Promise.all([
    cached(`complaint-timeline:${c.id}:${visible.join(',')}`, tags, () =>
      db
        .select({ e: complaintEvents, name: users.displayName, title: users.staffTitle, role: users.role })
        .from(complaintEvents)
        .leftJoin(users, eq(users.id, complaintEvents.actorId))
        .where(and(eq(complaintEvents.complaintId, c.id), inArray(complaintEvents.visibility, visible)))
        .orderBy(asc(complaintEvents.id))
        .limit(TIMELINE_LIMIT),
    ),
    cached(`complaint-photos:${c.id}`, tags, () => db.select().from(complaintPhotos).where(eq(complaintPhotos.complaintId, c.id)).orderBy(asc(complaintPhotos.createdAt))),
    actor
      ? db
          .select({
            meToo: sql<boolean>`exists (select 1 from ${complaintMeToo} where ${complaintMeToo.complaintId} = ${c.id} and ${complaintMeToo.userId} = ${actor.id})`,
            following: sql<boolean>`exists (select 1 from ${complaintFollowers} where ${complaintFollowers.complaintId} = ${c.id} and ${complaintFollowers.userId} = ${actor.id})`,
          })
          .from(users)
          .where(eq(users.id, actor.id))
      : Promise.resolve([{ meToo: false, following: false }]),
  ]);

  const isAuthor = actor?.id === c.authorId;
  const staffView = actor !== null && hasRole(actor, 'staff');
  const actions = actor ? [...(isAuthor ? availableActions(c.status, 'author') : []), ...(offers.answer ? availableActions(c.status, 'staff') : [])] : [];
  // Who else may see the rating comment: staff; the author wrote it.
  const rating = row.rating ? { ...row.rating, comment: staffView || isAuthor ? row.rating.comment : null } : null;
  return {
    id: c.id,
    number: c.number,
    title: c.title,
    bodyHtml: c.bodyHtml,
    authorName: actor ? row.authorName : null,
    isAuthor,
    status: c.status,
    closeReason: c.closeReason,
    duplicateOfNumber: row.duplicateOfNumber,
    category: { id: c.categoryId, name: row.categoryName, nameEn: row.categoryNameEn },
    branch: { id: c.branchId, name: row.branchName, nameEn: row.branchNameEn },
    createdAt: c.createdAt,
    waiting: waitingLine(c),
    answered: c.firstResponseAt !== null,
    continuedPrivately: c.continuedPrivately,
    meTooCount: c.meTooCount,
    followerCount: c.followerCount,
    photos: photos.map((p) => ({ url: `/media/${p.storageKey}`, width: p.width, height: p.height })),
    timeline: events.map(({ e, name, title, role }) => ({
      id: e.id,
      kind: e.kind,
      visibility: e.visibility,
      // Staff sign in public, for everyone; members' names stay among members.
      actor: e.actorId ? { name: actor || role !== 'member' ? name : null, title, staff: role === 'staff' || role === 'manager' } : null,
      actorId: actor ? e.actorId : null,
      bodyHtml: e.hiddenReason ? null : e.bodyHtml,
      hidden: e.hiddenReason,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      data: e.data,
      createdAt: e.createdAt,
    })),
    incident: row.incident?.id ? row.incident : null,
    rating,
    viewer: { meToo: mine[0]?.meToo ?? false, following: mine[0]?.following ?? false, can: offers, actions },
    staff: staffView
      ? {
          priority: c.priority,
          assigneeId: c.assigneeId,
          assigneeName: row.assigneeName,
          teamId: c.assigneeTeamId,
          teamName: row.teamName,
          nextDueAt: c.nextDueAt,
          resolutionDueAt: c.resolutionDueAt,
          breachedAt: c.breachedAt,
          reopenCount: c.reopenCount,
          authorName: row.authorName,
          authorLocale: row.authorLocale,
        }
      : null,
  };
}
