import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['member', 'staff', 'manager']);
export const accountStatusEnum = pgEnum('account_status', ['active', 'silenced', 'suspended', 'banned']);
export const localeEnum = pgEnum('locale', ['es', 'en']);
export const joinRequestStatusEnum = pgEnum('join_request_status', ['pending', 'approved', 'rejected']);
export const groupVisibilityEnum = pgEnum('group_visibility', ['open', 'request', 'private']);
export const groupRoleEnum = pgEnum('group_role', ['member', 'moderator', 'owner']);
// A small fixed set keeps reactions readable: 👍 ❤️ 😂 😮 😢 👏
export const reactionEnum = pgEnum('reaction', ['thumbs_up', 'heart', 'laugh', 'surprised', 'sad', 'clap']);
export const notificationKindEnum = pgEnum('notification_kind', [
  'mention',
  'quote',
  'group_join_request',
  'group_join_approved',
  'group_invitation',
  'announcement',
  // Complaints, for the author and followers:
  'complaint_reply',
  'complaint_status',
  'complaint_progress',
  'complaint_solution',
  'complaint_rating_request',
  'complaint_incident_update',
  // Complaints, for staff:
  'complaint_new',
  'complaint_assigned',
  'complaint_sla_warning',
  'complaint_sla_breached',
  // A new post in a thread the person follows; reactions to a post are folded into one unread notification.
  'reply',
  'reaction',
  // Moderation, for the author, the reporter and the sanctioned:
  'content_hidden',
  'content_restored',
  'sanction',
  'sanction_lifted',
  'appeal_decided',
  'report_outcome',
  // Moderation, for staff:
  'review_item',
  // For managers: complaints in one category or branch rose far above their usual rate.
  'crisis_alert',
  // For the owner: too many wrong passwords locked the account's sign-in; the e-mail carries the link that lifts it.
  'sign_in_locked',
  // Members at risk (lib/at-risk): a long-standing member reached "high", a follow-up was assigned or ran late.
  'at_risk_high',
  'follow_up_assigned',
  'follow_up_breached',
  // For the owner: the "my data" ZIP is ready to download (lib/privacy).
  'data_export_ready',
  // For managers: a privacy request passed its one-month deadline (lib/privacy/requests.ts).
  'privacy_request_overdue',
]);
export const complaintStatusEnum = pgEnum('complaint_status', ['open', 'acknowledged', 'in_progress', 'solution_proposed', 'resolved', 'closed']);
export const closeReasonEnum = pgEnum('complaint_close_reason', ['duplicate', 'not_actionable', 'withdrawn', 'no_response']);
export const priorityEnum = pgEnum('complaint_priority', ['urgent', 'high', 'normal', 'low']);
// Who may see a timeline entry: everyone who sees the board, the author and staff, or staff only.
export const eventVisibilityEnum = pgEnum('complaint_event_visibility', ['public', 'private', 'internal']);
export const complaintEventKindEnum = pgEnum('complaint_event_kind', [
  'created',
  'official_reply',
  'comment',
  'status_changed',
  'progress_update',
  'solution_proposed',
  'solution_accepted',
  'solution_rejected',
  'closed',
  'reopened',
  'assigned',
  'priority_changed',
  'note',
  'private_message',
  'continued_privately',
  'me_too',
  'redacted',
  'rated',
  'incident_linked',
  'incident_update',
  'sla_breached',
]);
export const incidentTypeEnum = pgEnum('incident_type', ['institutional', 'technical', 'commercial']);
// Set by the manager per member (lib/at-risk/set-value-band.ts); the labels are translated.
export const valueBandEnum = pgEnum('member_value_band', ['family', 'premium', 'corporate']);
