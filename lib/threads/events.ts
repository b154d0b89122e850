import { announceNotifications, type NewNotification } from '@/lib/notifications/write';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';

/** After commit: the group's lists and the people notified hear about it. */
export function announceActivity(groupId: string, threadId: string, notified: NewNotification[] = []): void {
  publish(rooms.group(groupId), 'group:activity', { groupId, threadId });
  announceNotifications(notified);
}
