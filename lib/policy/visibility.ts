import type { ComplaintFacts } from './complaints';
import type { GroupAccess } from './groups';
import { can } from './index';
import type { Actor } from './standing';

/**
 * Who may see what: one function per kind of thing read, built on `can()`, so that pages, queries,
 * media, sockets and search answer the same. Pure: the caller loads the facts (the group and the
 * reader's place in it, the board's audience), these decide.
 */

/** The board's audience, as the manager set it. */
export interface BoardAudience {
  boardPublic: boolean;
}

/** That the group exists: its name in lists and search. A private group is known to its members (and staff) only. */
export function canSeeGroup(actor: Actor | null, group: GroupAccess): boolean {
  return can(actor, 'know:group', group);
}

/** A thread, its posts and its group's list of threads: whoever may read the group. */
export function canSeeThread(actor: Actor | null, group: GroupAccess): boolean {
  return can(actor, 'read:group', group);
}

/**
 * A post's image: whoever may read a thread it is in. Files are named by their content, so one file may
 * belong to posts in several groups: any one of them is enough.
 */
export function canSeePostImage(actor: Actor | null, groups: readonly GroupAccess[]): boolean {
  return groups.some((group) => canSeeThread(actor, group));
}

/** A complaint and its public timeline: every active member, and visitors when the board is public. */
export function canSeeComplaint(actor: Actor | null, board: BoardAudience): boolean {
  return can(actor, 'view:board', board);
}

/** A complaint's photos are as public as the complaint. */
export function canSeeComplaintPhoto(actor: Actor | null, board: BoardAudience): boolean {
  return canSeeComplaint(actor, board);
}

export const EVENT_VISIBILITIES = ['public', 'private', 'internal'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

/** One timeline entry: public ones go with the complaint, the private case is for its author and staff, internal notes for staff. */
export function canSeeComplaintEvent(actor: Actor | null, visibility: EventVisibility, complaint: ComplaintFacts, board: BoardAudience): boolean {
  switch (visibility) {
    case 'public':
      return canSeeComplaint(actor, board);
    case 'private':
      return can(actor, 'view_private:complaint', complaint);
    case 'internal':
      return can(actor, 'view_internal:complaint', complaint);
  }
}

/** The same, as the list a query filters a complaint's timeline with. */
export function visibleComplaintEvents(actor: Actor | null, complaint: ComplaintFacts, board: BoardAudience): EventVisibility[] {
  return EVENT_VISIBILITIES.filter((visibility) => canSeeComplaintEvent(actor, visibility, complaint, board));
}

/** What a live room is about, with the facts its visibility depends on. */
export type RoomTarget =
  | { kind: 'thread' | 'group'; group: GroupAccess }
  | { kind: 'complaint' | 'board'; board: BoardAudience }
  | { kind: 'announcements' }
  | { kind: 'review-queue' };

/** A live room tells what its page shows, so it has the page's audience. */
export function canSeeRoom(actor: Actor | null, room: RoomTarget): boolean {
  switch (room.kind) {
    case 'thread':
    case 'group':
      return canSeeThread(actor, room.group);
    case 'complaint':
    case 'board':
      return canSeeComplaint(actor, room.board);
    case 'announcements':
      return can(actor, 'view:community');
    // Reported content and who reported it.
    case 'review-queue':
      return can(actor, 'view:review_queue');
  }
}
