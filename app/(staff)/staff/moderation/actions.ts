'use server';

import { revalidatePath } from 'next/cache';
import { requireMember } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/state';
import { type IntentVerb, runIntent } from '@/lib/forms/run-intent';
import { assignItem } from '@/lib/moderation/assign';
import { decideAppeal } from '@/lib/moderation/decide-appeal';
import { deleteContent } from '@/lib/moderation/delete';
import { dismissItem } from '@/lib/moderation/dismiss';
import { hideContent } from '@/lib/moderation/hide';
import { liftSanction } from '@/lib/moderation/lift-sanction';
import { lockThread } from '@/lib/moderation/lock';
import { moveThread } from '@/lib/moderation/move';
import { redactContent } from '@/lib/moderation/redact';
import { restoreContent } from '@/lib/moderation/restore';
import { sanctionMember } from '@/lib/moderation/sanction';

const VERBS: Record<string, IntentVerb> = {
  hide: hideContent,
  restore: restoreContent,
  dismiss: dismissItem,
  redact: redactContent,
  lock: lockThread,
  move: moveThread,
  delete: deleteContent,
  assign: assignItem,
  decideAppeal,
  sanction: sanctionMember,
  lift: liftSanction,
};

/**
 * Every moderator button, from the queue and from a post's menu. Any signed-in member reaches it; the
 * verb refuses (and logs) whoever may not act, so nothing relies on hiding the buttons.
 */
export async function moderationAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  const state = await runIntent(formData, actor, VERBS);
  if (state.status === 'ok') revalidatePath('/', 'layout');
  return state;
}
