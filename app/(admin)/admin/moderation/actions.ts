'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/state';
import { runIntent } from '@/lib/forms/run-intent';
import { addWatchedWord, removeWatchedWord, updateModerationSettings } from '@/lib/moderation/watched-words';

export async function watchedWordsAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePermission('view:admin_area');
  const state = await runIntent(formData, actor, { add: addWatchedWord, remove: removeWatchedWord, settings: updateModerationSettings });
  if (state.status === 'ok') revalidatePath('/admin/moderation/words');
  return state;
}
