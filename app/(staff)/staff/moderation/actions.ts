'use server';

import { submitIntent } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { assignItem } from '@/lib/moderation/assign';
import { decideAppeal } from '@/lib/moderation/decide-appeal';
import { deleteContent } from '@/lib/moderation/delete';
import { dismissItem } from '@/lib/moderation/dismiss';
import { hideContent } from '@/lib/moderation/hide';
import { liftSanction } from '@/lib/moderation/lift-sanction';
import { lockThread } from '@/lib/moderation/lock';
import { moveThread } from '@/lib/moderation/move';
import { redactFragment } from '@/lib/moderation/redact';
import { restoreContent } from '@/lib/moderation/restore';
import { sanctionMember } from '@/lib/moderation/sanction';

/**
 * Every moderator button, from the queue, from a post's menu and from the members page. Any signed-in
 * member reaches it; the verb refuses (and logs) whoever may not act, so nothing relies on hiding the buttons.
 */
export async function moderationAction(_: FormState, formData: FormData) {
  return submitIntent(
    formData,
    {
      hide: hideContent,
      restore: restoreContent,
      dismiss: dismissItem,
      redact: redactFragment,
      lock: lockThread,
      move: moveThread,
      delete: deleteContent,
      assign: assignItem,
      decideAppeal,
      sanction: sanctionMember,
      lift: liftSanction,
    },
    { refresh: true },
  );
}
