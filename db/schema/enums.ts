import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['member', 'staff', 'manager']);
export const accountStatusEnum = pgEnum('account_status', ['active', 'suspended', 'banned']);
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
]);
