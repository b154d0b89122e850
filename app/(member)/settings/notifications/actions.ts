'use server';

import { requireMember } from '@/lib/auth/session';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { setNotificationPreferences } from '@/lib/notifications/set-preferences';

export async function setPreferencesAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  return runAction(formData, () => setNotificationPreferences({ actor, input: formObject(formData) as never }));
}
