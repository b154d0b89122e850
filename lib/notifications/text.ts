import type { NotificationItem } from './queries';

export type Translate = (key: string, values: Record<string, string>) => string;

/** The one sentence a notification says, the same in the bell and in an e-mail. */
export function notificationText(t: Translate, item: Pick<NotificationItem, 'kind' | 'actorName' | 'subject' | 'groupName'>, someone: string): string {
  return t(`kind.${item.kind}`, { actor: item.actorName ?? someone, subject: item.subject ?? '', group: item.groupName ?? '' });
}
