import { can, type Actor } from '@/lib/policy';

/**
 * Staff answer for what they publish: each one edits, unpins and deletes their own announcements;
 * managers, who answer for the whole channel, may act on anyone's.
 */
export function canChangeAnnouncement(actor: Actor | null, announcement: { authorId: string }): boolean {
  return can(actor, 'publish:announcement') && (actor!.id === announcement.authorId || actor!.role === 'manager');
}
