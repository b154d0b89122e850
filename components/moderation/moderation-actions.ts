import type { FormAction } from '@/lib/forms/state';

/** The two ways into moderation under a post or a comment: a member's report, a moderator's menu. */
export interface ModerationActions {
  report: FormAction;
  /** Every moderator button; each form names its verb in `$intent`. */
  moderate: FormAction;
}
