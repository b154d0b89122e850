import { wakeAtRisk } from '@/lib/at-risk/wake';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';
import type { EventRow } from './apply';
import { forgetTransparencyFigures } from './metrics/shared';

/**
 * After commit. Rooms get ids only: each page re-reads what its viewer may see, so an internal note
 * never travels to a member's browser.
 */
export function announceComplaintChange(complaintId: string, events: Pick<EventRow, 'id' | 'visibility'>[]): void {
  forgetTransparencyFigures();
  const seen = events.filter((e) => e.visibility !== 'internal');
  if (seen.length > 0) {
    publish(rooms.complaint(complaintId), 'complaint:changed', { id: complaintId, eventId: seen[seen.length - 1]!.id });
    publish(rooms.board, 'board:changed', { id: complaintId });
  }
  publish(rooms.staff, 'inbox:changed', { id: complaintId });
  wakeAtRisk(complaintId);
}

/** A count changed without a timeline entry (a "me too" taken back): open pages re-read it. */
export function announceCountChange(complaintId: string): void {
  publish(rooms.complaint(complaintId), 'complaint:changed', { id: complaintId });
  publish(rooms.board, 'board:changed', { id: complaintId });
}
