import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import type { NewNotification } from '@/lib/notifications/write';

/** After commit: the thread's readers, the group's lists and the people notified hear about it. */
export function announceActivity(groupId: string, threadId: string, notified: NewNotification[] = []): void {
  publish(rooms.group(groupId), 'group:activity', { groupId, threadId });
  for (const n of notified) publish(rooms.user(n.userId), 'notification:new', {});
}
