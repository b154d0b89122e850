'use server';

import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';
import { setNotificationPreferences } from '@/lib/notifications/set-preferences';

export async function setPreferencesAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitForm(formData, setNotificationPreferences);
}
