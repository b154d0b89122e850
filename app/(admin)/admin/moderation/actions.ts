'use server';

import { submitIntent } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { addWatchedWord, removeWatchedWord, updateModerationSettings } from '@/lib/moderation/watched-words';

export async function watchedWordsAction(_: FormState, formData: FormData) {
  return submitIntent(formData, { add: addWatchedWord, remove: removeWatchedWord, settings: updateModerationSettings }, { role: 'manager', revalidate: '/admin/moderation/words' });
}
