/** What an endpoint may subscribe to; the names are the `type` of each payload. No server code here: the form reads it too. */
export const WEBHOOK_EVENTS = [
  'complaint.filed',
  'complaint.answered',
  'complaint.status_changed',
  'complaint.solution_accepted',
  'complaint.solution_rejected',
  'complaint.rated',
  'complaint.sla_breached',
  'member.joined',
  'member.suspended',
  'post.reported',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** How the form groups them. */
export const EVENT_GROUPS = {
  complaints: WEBHOOK_EVENTS.filter((e) => e.startsWith('complaint.')),
  members: ['member.joined', 'member.suspended'],
  moderation: ['post.reported'],
} as const satisfies Record<string, readonly WebhookEvent[]>;

/** The key of an event's name under `webhooks.events`: `complaint_filed`. */
export const eventLabel = (e: WebhookEvent) => e.replace('.', '_') as `${string}_${string}`;
