import type { NotificationItem } from './queries';

export type Translate = (key: string, values: Record<string, string>) => string;

// Their subject is a code (a reason, a decision, a sanction), said in words by the moderation messages.
const CODED_SUBJECTS = new Set<NotificationItem['kind']>(['content_hidden', 'content_restored', 'sanction', 'sanction_lifted', 'appeal_decided', 'report_outcome']);

/**
 * The one sentence a notification says, the same in the bell and in an e-mail. `sayCode` words a
 * moderation code (`moderation.subject.<code>`).
 */
export function notificationText(
  t: Translate,
  item: Pick<NotificationItem, 'kind' | 'actorName' | 'subject' | 'groupName'>,
  someone: string,
  sayCode: (code: string) => string,
): string {
  const subject = item.subject && CODED_SUBJECTS.has(item.kind) ? sayCode(item.subject) : (item.subject ?? '');
  return t(`kind.${item.kind}`, { actor: item.actorName ?? someone, subject, group: item.groupName ?? '' });
}
